package com.acme.crm.web.quote;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** REST: /api/invoices — the contracts accepted quotes became, and their PDFs. */
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @Inject
    Quotes quotes;

    @Context
    UriInfo uri;

    @Filters({"account", "opportunity"})
    @GET
    public Page<InvoiceData> list(@BeanParam ListParams params) {
        return quotes.findInvoices(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public InvoiceData get(@PathParam("id") long id) {
        return quotes.getInvoice(id);
    }

    @Answers(byte[].class)
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        InvoiceData invoice = quotes.getInvoice(id);
        return Response.ok(quotes.invoicePdf(id))
                .header("Content-Disposition", "attachment; filename=\"" + invoice.getNumber() + ".pdf\"").build();
    }
}
