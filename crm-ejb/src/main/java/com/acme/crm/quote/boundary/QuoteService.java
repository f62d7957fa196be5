package com.acme.crm.quote.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Quotes, their approval, acceptance and the invoices they become, for other Jakarta EE
 * applications (over IIOP). Same roles and visibility as the UI: a quote is seen by whoever
 * sees its deal; managers approve their teams' discounts. Figures come from one money
 * calculation, so they equal the screen and the PDF to the cent.
 *
 * <p>The remote view of {@link Quotes}, declared in META-INF/ejb-jar.xml.
 */
public interface QuoteService {

    /** Filters: {@code opportunity} (id), {@code status}, {@code approval=pending} (what the caller may approve). */
    Page<QuoteData> findQuotes(PageQuery query);

    QuoteData getQuote(long id);

    /** All revisions of the quote's number, oldest first, each with what it changed. */
    List<QuoteData> getRevisions(long id);

    /** A draft for the deal, priced from the given price list (null: the default one). */
    QuoteData createQuote(long opportunityId, Long priceListId);

    QuoteData updateQuote(QuoteData quote);

    QuoteData requestApproval(long id, long version);

    QuoteData approveQuote(long id, long version, String comment);

    QuoteData refuseQuote(long id, long version, String comment);

    QuoteData sendQuote(long id, long version);

    /** Negotiation: a new draft revision copied from this one (the number stays). */
    QuoteData reviseQuote(long id, long version);

    /** In one transaction: accepted, invoiced with the same figures, other revisions closed, the deal won. */
    InvoiceData acceptQuote(long id, long version);

    QuoteData rejectQuote(long id, long version, String reason);

    byte[] quotePdf(long id);

    Page<InvoiceData> findInvoices(PageQuery query);

    InvoiceData getInvoice(long id);

    byte[] invoicePdf(long id);

    List<ProductData> getProducts();

    List<PriceListData> getPriceLists();
}
