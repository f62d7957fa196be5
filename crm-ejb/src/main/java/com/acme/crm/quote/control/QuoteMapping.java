package com.acme.crm.quote.control;

import com.acme.crm.pipeline.control.DealMapping;
import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.QuoteLineData;
import com.acme.crm.quote.boundary.TaxBandData;
import com.acme.crm.quote.boundary.TotalsData;
import com.acme.crm.quote.entity.Invoice;
import com.acme.crm.quote.entity.InvoiceLine;
import com.acme.crm.quote.entity.Quote;
import com.acme.crm.quote.entity.QuoteLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Quotes and invoices as their data classes, with the figures of the one money calculation. */
public final class QuoteMapping {

    private QuoteMapping() {
    }

    public static QuoteData toData(Quote q, BigDecimal approvalThreshold) {
        QuoteData d = new QuoteData();
        d.setId(q.getId());
        d.setVersion(q.getVersion());
        d.setNumber(q.getNumber());
        d.setRevision(q.getRevision());
        d.setOpportunityId(q.getOpportunity().getId());
        d.setOpportunityName(q.getOpportunity().getName());
        d.setAccountName(q.getOpportunity().getAccount().getName());
        d.setOwnerName(q.getOpportunity().getOwner().getDisplayName());
        if (q.getPriceList() != null) {
            d.setPriceListId(q.getPriceList().getId());
            d.setPriceListName(q.getPriceList().getName());
        }
        d.setCurrency(q.getCurrency());
        d.setStatus(q.getStatus());
        d.setQuoteDiscount(q.getQuoteDiscount());
        d.setTaxRate(q.getTaxRate());
        d.setValidUntil(q.getValidUntil());
        d.setPaymentTerms(q.getPaymentTerms());
        d.setDeliveryTerms(q.getDeliveryTerms());
        d.setSupportTerms(q.getSupportTerms());
        d.setSupportMonths(q.getSupportMonths());
        QuoteCalculator.Totals totals = q.totals();
        List<QuoteLine> lines = q.getLines();
        List<QuoteLineData> lineData = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine l = lines.get(i);
            lineData.add(line(l.getProduct() == null ? null : l.getProduct().getId(),
                    l.getProduct() == null ? null : l.getProduct().getCode(), l.getDescription(), l.getQuantity(), l.getUnitPrice(),
                    l.getDiscount(), l.getTaxRate(), totals.lineListTotals().get(i), totals.lineNets().get(i)));
        }
        d.setLines(lineData);
        d.setTotals(toData(totals));
        d.setApprovalThreshold(approvalThreshold);
        d.setNeedsApproval(needsApproval(totals, approvalThreshold));
        d.setApprovalComment(q.getApprovalComment());
        d.setDecidedBy(q.getDecidedBy());
        d.setDecidedAt(DealMapping.iso(q.getDecidedAt()));
        d.setSentAt(DealMapping.iso(q.getSentAt()));
        d.setRejectionReason(q.getRejectionReason());
        d.setUpdatedAt(DealMapping.iso(q.getUpdatedAt()));
        d.setUpdatedBy(q.getUpdatedBy());
        return d;
    }

    public static boolean needsApproval(QuoteCalculator.Totals totals, BigDecimal threshold) {
        return totals.discountPercent().compareTo(threshold) > 0;
    }

    public static InvoiceData toData(Invoice i) {
        InvoiceData d = new InvoiceData();
        d.setId(i.getId());
        d.setNumber(i.getNumber());
        d.setQuoteId(i.getQuote().getId());
        d.setQuoteLabel(i.getQuote().label());
        d.setOpportunityId(i.getOpportunity().getId());
        d.setOpportunityName(i.getOpportunity().getName());
        d.setAccountId(i.getAccount().getId());
        d.setAccountName(i.getAccount().getName());
        d.setCurrency(i.getCurrency());
        d.setIssueDate(i.getIssueDate());
        d.setDueDate(i.getDueDate());
        d.setPaymentTerms(i.getPaymentTerms());
        d.setDeliveryTerms(i.getDeliveryTerms());
        d.setSupportTerms(i.getSupportTerms());
        d.setSupportMonths(i.getSupportMonths());
        d.setSupportEnds(i.getSupportEnds());
        QuoteCalculator.Totals totals = i.totals();
        List<InvoiceLine> lines = i.getLines();
        List<QuoteLineData> lineData = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            InvoiceLine l = lines.get(n);
            lineData.add(line(l.getProduct() == null ? null : l.getProduct().getId(),
                    l.getProduct() == null ? null : l.getProduct().getCode(), l.getDescription(), l.getQuantity(), l.getUnitPrice(),
                    l.getDiscount(), l.getTaxRate(), totals.lineListTotals().get(n), totals.lineNets().get(n)));
        }
        d.setLines(lineData);
        d.setTotals(toData(totals));
        return d;
    }

    public static TotalsData toData(QuoteCalculator.Totals t) {
        return new TotalsData(t.listTotal(), t.subtotal(), t.quoteDiscountAmount(), t.discountTotal(), t.discountPercent(),
                t.taxes().stream().map(b -> new TaxBandData(b.rate(), b.base(), b.tax())).toList(), t.taxTotal(), t.grandTotal());
    }

    private static QuoteLineData line(Long productId, String code, String description, BigDecimal quantity, BigDecimal price,
            BigDecimal discount, BigDecimal taxRate, BigDecimal listAmount, BigDecimal net) {
        QuoteLineData d = new QuoteLineData();
        d.setProductId(productId);
        d.setProductCode(code);
        d.setDescription(description);
        d.setQuantity(quantity);
        d.setUnitPrice(price);
        d.setDiscount(discount);
        d.setTaxRate(taxRate);
        d.setListAmount(listAmount);
        d.setNet(net);
        return d;
    }
}
