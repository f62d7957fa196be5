package com.acme.crm.quote.control;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.control.EventOutbox;
import com.acme.crm.quote.entity.Invoice;
import com.acme.crm.quote.entity.Quote;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** The business events of quotes (sent, approval asked, approved, refused, accepted, rejected, expired) and invoices (issued). */
@Dependent
public class QuoteEvents {

    @Inject
    EventOutbox outbox;

    public void quote(EventType type, Quote quote) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("quoteId", quote.getId())
                .add("number", quote.getNumber())
                .add("revision", quote.getRevision())
                .add("status", quote.getStatus().name())
                .add("opportunityId", quote.getOpportunity().getId())
                .add("accountId", quote.getOpportunity().getAccount().getId());
        EventOutbox.money(data, "subtotal", quote.getSubtotal(), quote.getCurrency());
        EventOutbox.money(data, "total", quote.getGrandTotal(), quote.getCurrency());
        outbox.publish(type, quote.getId(), quote.getOpportunity().getOwner(), data);
    }

    public void invoiceIssued(Invoice invoice, Quote quote) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("invoiceId", invoice.getId())
                .add("number", invoice.getNumber())
                .add("quoteId", quote.getId())
                .add("quoteNumber", quote.label())
                .add("opportunityId", invoice.getOpportunity().getId())
                .add("accountId", invoice.getAccount().getId())
                .add("issueDate", invoice.getIssueDate().toString())
                .add("dueDate", invoice.getDueDate().toString());
        EventOutbox.money(data, "subtotal", invoice.getSubtotal(), invoice.getCurrency());
        EventOutbox.money(data, "tax", invoice.getTaxTotal(), invoice.getCurrency());
        EventOutbox.money(data, "total", invoice.getGrandTotal(), invoice.getCurrency());
        outbox.publish(EventType.INVOICE_ISSUED, invoice.getId(), invoice.getOpportunity().getOwner(), data);
    }
}
