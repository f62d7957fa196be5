package com.acme.crm.quote.control;

import com.acme.crm.account.entity.Account;
import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.QuoteLineData;
import com.acme.crm.quote.boundary.TaxBandData;
import com.acme.crm.quote.boundary.TotalsData;
import com.acme.crm.quote.entity.QuoteSettings;
import com.acme.crm.shared.api.Money;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.Dependent;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes and invoices as PDF documents a customer could receive: our company, the customer,
 * the lines with their discounts, the totals with tax per rate, and the terms. The figures
 * are the ones the screen shows: both come from the same {@link TotalsData}.
 */
@Dependent
public class QuotePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);

    public byte[] quote(QuoteData q, Account customer, QuoteSettings company) {
        List<String> facts = new ArrayList<>(List.of("Quote " + q.getNumber() + ", revision " + q.getRevision(),
                "Valid until " + q.getValidUntil(), "Deal: " + q.getOpportunityName(), "Your contact: " + q.getOwnerName()));
        return document("Quote", facts, customer, company, q.getCurrency(), q.getLines(), q.getTotals(), q.getQuoteDiscount(),
                terms(q.getPaymentTerms(), q.getDeliveryTerms(), q.getSupportTerms(), q.getSupportMonths(), null));
    }

    public byte[] invoice(InvoiceData i, Account customer, QuoteSettings company) {
        List<String> facts = new ArrayList<>(List.of("Invoice " + i.getNumber(), "Date " + i.getIssueDate(),
                "Due " + i.getDueDate(), "For quote " + i.getQuoteLabel()));
        return document("Invoice", facts, customer, company, i.getCurrency(), i.getLines(), i.getTotals(), null,
                terms(i.getPaymentTerms(), i.getDeliveryTerms(), i.getSupportTerms(), i.getSupportMonths(),
                        i.getSupportEnds() == null ? null : "Support until " + i.getSupportEnds()));
    }

    private byte[] document(String title, List<String> facts, Account customer, QuoteSettings company, String currency,
            List<QuoteLineData> lines, TotalsData totals, java.math.BigDecimal quoteDiscount, List<String> terms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title + " " + facts.get(0));
            doc.open();
            PdfPTable head = new PdfPTable(new float[] {1, 1});
            head.setWidthPercentage(100);
            head.addCell(plain(company.getCompanyName() + "\n" + company.getCompanyAddress()
                    + (company.getCompanyTaxId() == null ? "" : "\nVAT ID " + company.getCompanyTaxId()), NORMAL));
            head.addCell(right(String.join("\n", facts), NORMAL));
            doc.add(head);
            doc.add(new Paragraph(title, TITLE));
            var address = customer.getAddress();
            doc.add(new Paragraph("To: " + customer.getName() + join(address.getStreet(), address.getPostalCode(), address.getCity(),
                    address.getCountry()), NORMAL));
            doc.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[] {3.2f, 0.9f, 1.3f, 0.8f, 0.8f, 1.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of("Description", "Qty", "Unit price", "Disc.", "Tax", "Net")) {
                PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
                cell.setBackgroundColor(new Color(235, 238, 243));
                cell.setHorizontalAlignment(h.equals("Description") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
            for (QuoteLineData line : lines) {
                table.addCell(plain((line.getProductCode() == null ? "" : line.getProductCode() + " ") + line.getDescription(), NORMAL));
                table.addCell(right(line.getQuantity().stripTrailingZeros().toPlainString(), NORMAL));
                table.addCell(right(money(line.getUnitPrice(), currency), NORMAL));
                table.addCell(right(percent(line.getDiscount()), NORMAL));
                table.addCell(right(line.getTaxRate() == null ? "" : percent(line.getTaxRate()), NORMAL));
                table.addCell(right(money(line.getNet(), currency), NORMAL));
            }
            doc.add(table);

            PdfPTable sums = new PdfPTable(new float[] {3, 1.4f});
            sums.setWidthPercentage(55);
            sums.setHorizontalAlignment(Element.ALIGN_RIGHT);
            sums.setSpacingBefore(8);
            sum(sums, "List price total", money(totals.getListTotal(), currency), NORMAL);
            sum(sums, "Subtotal after line discounts", money(totals.getSubtotal(), currency), NORMAL);
            if (totals.getQuoteDiscountAmount().signum() != 0) {
                sum(sums, "Discount " + (quoteDiscount == null ? "" : percent(quoteDiscount)),
                        "-" + money(totals.getQuoteDiscountAmount(), currency), NORMAL);
            }
            for (TaxBandData tax : totals.getTaxes()) {
                sum(sums, "Tax " + percent(tax.getRate()) + " on " + money(tax.getBase(), currency),
                        money(tax.getTax(), currency), NORMAL);
            }
            sum(sums, "Total", money(totals.getGrandTotal(), currency), BOLD);
            sum(sums, "Total discount given", money(totals.getDiscountTotal(), currency) + " ("
                    + percent(totals.getDiscountPercent()) + ")", SMALL);
            doc.add(sums);

            doc.add(new Paragraph(" "));
            for (String term : terms) {
                doc.add(new Paragraph(term, NORMAL));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the " + title.toLowerCase() + " PDF", e);
        }
        return out.toByteArray();
    }

    private static List<String> terms(String payment, String delivery, String support, Integer months, String extra) {
        List<String> terms = new ArrayList<>();
        if (payment != null) {
            terms.add("Payment: " + payment);
        }
        if (delivery != null) {
            terms.add("Delivery: " + delivery);
        }
        if (support != null || months != null) {
            terms.add("Support: " + (support == null ? "" : support) + (months == null ? "" : " (" + months + " months)"));
        }
        if (extra != null) {
            terms.add(extra);
        }
        return terms;
    }

    private static void sum(PdfPTable table, String label, String amount, Font font) {
        table.addCell(plain(label, font));
        table.addCell(right(amount, font));
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = plain(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.length() == 0 ? "\n" : ", ").append(part);
            }
        }
        return text.toString();
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "" : Money.of(amount, currency).format();
    }

    /** A percentage without needless zeros: 19 %, 7.5 %. */
    private static String percent(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + " %";
    }
}
