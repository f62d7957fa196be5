package com.acme.crm.web.quote;

import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.PriceData;
import com.acme.crm.quote.boundary.ProductData;
import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.QuoteLineData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.quote.boundary.Catalogue;
import com.acme.crm.quote.control.QuoteCalculator;
import com.acme.crm.quote.control.QuoteMapping;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One quote revision: terms and lines (totals recomputed while typing, by the same
 * calculation the server saves, prints and invoices), and the steps of its life: approval,
 * sending, revising, acceptance into an invoice, rejection, the PDF.
 */
@Named
@ViewScoped
public class QuoteView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("validUntil", "form:validUntil", "currency", "form:currency",
            "quoteDiscount", "form:quoteDiscount", "taxRate", "form:taxRate", "reason", "form:rejectReason",
            "comment", "form:approvalComment");

    @Inject Quotes quotes;
    @Inject Catalogue catalogue;
    @Inject FacesMessages messages;

    private Long id;
    private QuoteData quote;
    private ArrayList<QuoteData> revisions;
    private ArrayList<ProductData> products;
    private HashMap<Long, BigDecimal> listPrices = new HashMap<>();
    private boolean conflict;
    private String approvalComment;
    private String rejectReason;

    public void load() {
        quote = RecordPage.open(() -> quotes.getQuote(id));
        if (quote != null) {
            loadPrices();
            revisions = null;
        }
    }

    /** Recomputes nets and totals on the page as the user types; nothing is saved. */
    public void recalculate() {
        List<QuoteCalculator.Line> lines = new ArrayList<>();
        for (QuoteLineData line : quote.getLines()) {
            if (line.getProductId() != null && line.getUnitPrice() == null) {
                line.setUnitPrice(listPrices.get(line.getProductId()));
            }
            if (line.getQuantity() == null || line.getUnitPrice() == null || line.getDiscount() == null) {
                continue;
            }
            lines.add(new QuoteCalculator.Line(line.getQuantity(), line.getUnitPrice(), line.getDiscount(), line.getTaxRate()));
        }
        if (quote.getQuoteDiscount() == null || quote.getTaxRate() == null || lines.size() != quote.getLines().size()) {
            return; // incomplete input: the totals wait for it
        }
        QuoteCalculator.Totals totals = QuoteCalculator.calculate(quote.getCurrency(), lines, quote.getQuoteDiscount(), quote.getTaxRate());
        for (int i = 0; i < lines.size(); i++) {
            quote.getLines().get(i).setListAmount(totals.lineListTotals().get(i));
            quote.getLines().get(i).setNet(totals.lineNets().get(i));
        }
        quote.setTotals(QuoteMapping.toData(totals));
        quote.setNeedsApproval(QuoteMapping.needsApproval(totals, quote.getApprovalThreshold()));
    }

    /** A product was chosen: its list price and name fill the line. */
    public void productChosen(QuoteLineData line) {
        line.setUnitPrice(line.getProductId() == null ? null : listPrices.get(line.getProductId()));
        products().stream().filter(p -> p.getId().equals(line.getProductId())).findFirst()
                .ifPresent(p -> line.setDescription(p.getName()));
        recalculate();
    }

    public void addLine() {
        quote.getLines().add(new QuoteLineData());
    }

    public void removeLine(QuoteLineData line) {
        quote.getLines().remove(line);
        recalculate();
    }

    public void save() {
        act(() -> quotes.updateQuote(quote), "quote.saved");
    }

    public void requestApproval() {
        if (savedAsTyped()) {
            act(() -> quotes.requestApproval(quote.getId(), quote.getVersion()), "quote.approvalRequested");
        }
    }

    /**
     * What the user typed on a draft is saved before it is sent or put up for approval: the
     * customer gets the quote as it is on the screen, or the refusal says why (a discount that
     * now needs approval, a field at fault), and nothing typed is lost.
     */
    private boolean savedAsTyped() {
        if (!isEditable() || quote.getStatus() != com.acme.crm.quote.boundary.QuoteStatus.DRAFT && !typedSince(quotes.getQuote(quote.getId()))) {
            return true; // an approved quote sent as approved: saving it unchanged would need a new approval
        }
        return act(() -> quotes.updateQuote(quote), "quote.saved");
    }

    /** Whether the terms or lines on the screen differ from the saved quote. */
    private boolean typedSince(QuoteData saved) {
        java.util.function.Function<QuoteData, List<Object>> terms = q -> java.util.Arrays.asList(q.getCurrency(), number(q.getQuoteDiscount()),
                number(q.getTaxRate()), q.getValidUntil(), q.getPaymentTerms(), q.getDeliveryTerms(), q.getSupportTerms(), q.getSupportMonths(),
                q.getLines().stream().map(l -> java.util.Arrays.asList(l.getProductId(), l.getDescription(), number(l.getQuantity()),
                        number(l.getUnitPrice()), number(l.getDiscount()), number(l.getTaxRate()))).toList());
        return !terms.apply(saved).equals(terms.apply(quote));
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public void approve() {
        act(() -> quotes.approveQuote(quote.getId(), quote.getVersion(), approvalComment), "quote.approved");
    }

    public void refuse() {
        act(() -> quotes.refuseQuote(quote.getId(), quote.getVersion(), approvalComment), "quote.refused");
    }

    public void send() {
        if (savedAsTyped()) {
            act(() -> quotes.sendQuote(quote.getId(), quote.getVersion()), "quote.sent");
        }
    }

    public void reject() {
        act(() -> quotes.rejectQuote(quote.getId(), quote.getVersion(), rejectReason), "quote.rejected");
    }

    public String revise() {
        try {
            QuoteData next = quotes.reviseQuote(quote.getId(), quote.getVersion());
            messages.info("quote.revised", next.getNumber(), next.getRevision());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/quote/quote?faces-redirect=true&id=" + next.getId();
        } catch (BusinessException e) {
            refused(e);
            return null;
        }
    }

    public String accept() {
        try {
            InvoiceData invoice = quotes.acceptQuote(quote.getId(), quote.getVersion());
            messages.info("quote.accepted", quote.getNumber(), invoice.getNumber());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/quote/invoice?faces-redirect=true&id=" + invoice.getId();
        } catch (BusinessException e) {
            refused(e);
            return null;
        }
    }

    public StreamedContent getPdf() {
        long quoteId = quote.getId();
        String name = quote.getNumber() + "-rev" + quote.getRevision() + ".pdf";
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(quotes.quotePdf(quoteId))).build();
    }

    public void reload() {
        load();
        conflict = false;
        messages.info("record.reloaded");
    }

    private boolean act(Supplier<QuoteData> step, String doneKey) {
        try {
            quote = step.get();
            revisions = null;
            conflict = false;
            approvalComment = null;
            messages.info(doneKey, quote.getNumber(), quote.getRevision());
            return true;
        } catch (BusinessException e) {
            refused(e);
            return false;
        }
    }

    private void refused(BusinessException e) {
        conflict = e instanceof ConcurrentEditException;
        messages.refused(e, FIELDS);
    }

    private void loadPrices() {
        listPrices = new HashMap<>();
        if (quote.getPriceListId() != null) {
            for (PriceData price : catalogue.priceList(quote.getPriceListId()).getPrices()) {
                listPrices.put(price.getProductId(), price.getListPrice());
            }
        }
    }

    private List<ProductData> products() {
        if (products == null) {
            products = new ArrayList<>(quotes.getProducts());
        }
        return products;
    }

    public List<QuoteData> getRevisions() {
        if (revisions == null && quote != null) {
            revisions = new ArrayList<>(quotes.getRevisions(quote.getId()));
        }
        return revisions;
    }

    public List<ProductData> getProducts() { return products(); }
    public boolean isEditable() { return quote != null && quote.getStatus().isEditable(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public QuoteData getQuote() { return quote; }
    public boolean isConflict() { return conflict; }
    public String getApprovalComment() { return approvalComment; }
    public void setApprovalComment(String approvalComment) { this.approvalComment = approvalComment; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
}
