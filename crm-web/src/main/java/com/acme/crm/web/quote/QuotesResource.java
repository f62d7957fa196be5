package com.acme.crm.web.quote;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Bodies;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** REST: /api/quotes — drafts, lines, approval, sending, revisions, acceptance into an invoice, rejection, PDF. */
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotesResource {

    /** Body of status changes: the version read, and a comment or reason where one belongs. */
    public record Step(Long version, String comment, String reason) {
    }

    /** Body of a new quote: the deal and, optionally, the price list (default: the default one). */
    public record NewQuote(Long opportunityId, Long priceListId) {
    }

    @Inject
    Quotes quotes;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"opportunity", "status", "approval"})
    @GET
    public Page<QuoteData> list(@BeanParam ListParams params) {
        return quotes.findQuotes(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public QuoteData get(@PathParam("id") long id) {
        return quotes.getQuote(id);
    }

    /** The record's field history, newest first (who changed which field when, from what to what). */
    @GET
    @Path("{id}/changes")
    public com.acme.crm.shared.api.Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id,
            @BeanParam ListParams params) {
        return histories.historyOf("Quote", id, params.toQuery(uri));
    }

    @GET
    @Path("{id}/revisions")
    public List<QuoteData> revisions(@PathParam("id") long id) {
        return quotes.getRevisions(id);
    }

    @Answers(status = 201, value = QuoteData.class)
    @POST
    public Response create(NewQuote body) {
        if (body == null || body.opportunityId() == null) {
            throw new InvalidInputException("opportunityId", "is required");
        }
        QuoteData created = quotes.createQuote(body.opportunityId(), body.priceListId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public QuoteData update(@PathParam("id") long id, QuoteData quote) {
        Bodies.required(quote).setId(id);
        return quotes.updateQuote(quote);
    }

    @POST
    @Path("{id}/approval-request")
    public QuoteData requestApproval(@PathParam("id") long id, Step step) {
        return quotes.requestApproval(id, version(step));
    }

    @POST
    @Path("{id}/approve")
    public QuoteData approve(@PathParam("id") long id, Step step) {
        return quotes.approveQuote(id, version(step), step.comment());
    }

    @POST
    @Path("{id}/refuse")
    public QuoteData refuse(@PathParam("id") long id, Step step) {
        return quotes.refuseQuote(id, version(step), step.comment());
    }

    @POST
    @Path("{id}/send")
    public QuoteData send(@PathParam("id") long id, Step step) {
        return quotes.sendQuote(id, version(step));
    }

    @Answers(status = 201, value = QuoteData.class)
    @POST
    @Path("{id}/revise")
    public Response revise(@PathParam("id") long id, Step step) {
        QuoteData next = quotes.reviseQuote(id, version(step));
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(String.valueOf(next.getId())).build())
                .entity(next).build();
    }

    /** 200 with the invoice; the deal is then Closed won. */
    @POST
    @Path("{id}/accept")
    public InvoiceData accept(@PathParam("id") long id, Step step) {
        return quotes.acceptQuote(id, version(step));
    }

    @POST
    @Path("{id}/reject")
    public QuoteData reject(@PathParam("id") long id, Step step) {
        return quotes.rejectQuote(id, version(step), step.reason());
    }

    @Answers(byte[].class)
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        QuoteData quote = quotes.getQuote(id);
        return Response.ok(quotes.quotePdf(id)).header("Content-Disposition",
                "attachment; filename=\"" + quote.getNumber() + "-rev" + quote.getRevision() + ".pdf\"").build();
    }

    /** Admins: expire sent quotes past their validity now (it also runs every night). */
    @POST
    @Path("expiry")
    public Map<String, Integer> expire() {
        return Map.of("expired", quotes.expireOverdueQuotes());
    }

    private static long version(Step body) {
        return Bodies.version(body == null ? null : body.version());
    }
}
