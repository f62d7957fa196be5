package com.acme.crm.web.quote;

import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An invoice as issued: read only, with its PDF. */
@Named
@ViewScoped
public class InvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Quotes quotes;

    private Long id;
    private InvoiceData invoice;

    public void load() {
        invoice = RecordPage.open(() -> quotes.getInvoice(id));
    }

    public StreamedContent getPdf() {
        long invoiceId = invoice.getId();
        return DefaultStreamedContent.builder().name(invoice.getNumber() + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(quotes.invoicePdf(invoiceId))).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public InvoiceData getInvoice() { return invoice; }
}
