package com.acme.crm.web.pipeline;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.pipeline.boundary.BoardColumnData;
import com.acme.crm.pipeline.boundary.DealCompetitorData;
import com.acme.crm.pipeline.boundary.MoveData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.StageMoveData;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Bodies;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** REST: /api/opportunities — deals, stage moves (entry criteria enforced), history, contacts, competitors, board. */
@Path("opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunitiesResource {

    /** Body of contact and competitor changes: the deal's version plus what changes. */
    public record Involvement(Long version, BuyingRole role, boolean primary, String strengths, String weaknesses) {
    }

    @Inject
    Opportunities opportunities;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"owner", "team", "account", "stage", "closeFrom", "closeTo", "amountMin", "amountMax", "attention", "status"})
    @GET
    public Page<OpportunityData> list(@BeanParam ListParams params) {
        return opportunities.findOpportunities(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public OpportunityData get(@PathParam("id") long id) {
        return opportunities.getOpportunity(id);
    }

    /** The record's field history, newest first (who changed which field when, from what to what). */
    @GET
    @Path("{id}/changes")
    public com.acme.crm.shared.api.Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id,
            @BeanParam ListParams params) {
        return histories.historyOf("Opportunity", id, params.toQuery(uri));
    }

    @Answers(status = 201, value = OpportunityData.class)
    @POST
    public Response create(OpportunityData deal) {
        OpportunityData created = opportunities.createOpportunity(Bodies.required(deal));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public OpportunityData update(@PathParam("id") long id, OpportunityData deal) {
        Bodies.required(deal).setId(id);
        return opportunities.updateOpportunity(deal);
    }

    /** 409 with {@code errors} naming what the target stage requires and the deal lacks. */
    @POST
    @Path("{id}/move")
    public OpportunityData move(@PathParam("id") long id, MoveData move) {
        return opportunities.moveOpportunity(id, Bodies.required(move));
    }

    @GET
    @Path("{id}/history")
    public List<StageMoveData> history(@PathParam("id") long id) {
        return opportunities.getStageHistory(id);
    }

    @PUT
    @Path("{id}/contacts/{contactId}")
    public OpportunityData involve(@PathParam("id") long id, @PathParam("contactId") long contactId, Involvement body) {
        return opportunities.involveContact(id, version(body), contactId, body.role(), body.primary());
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    public OpportunityData uninvolve(@PathParam("id") long id, @PathParam("contactId") long contactId,
            @QueryParam("version") Long version) {
        return opportunities.removeContact(id, Bodies.version(version), contactId);
    }

    @PUT
    @Path("{id}/competitors/{competitorId}")
    public OpportunityData assess(@PathParam("id") long id, @PathParam("competitorId") long competitorId, Involvement body) {
        long version = version(body);
        return opportunities.assessCompetitor(id, version,
                new DealCompetitorData(competitorId, null, body.strengths(), body.weaknesses()));
    }

    @DELETE
    @Path("{id}/competitors/{competitorId}")
    public OpportunityData removeCompetitor(@PathParam("id") long id, @PathParam("competitorId") long competitorId,
            @QueryParam("version") Long version) {
        return opportunities.removeCompetitor(id, Bodies.version(version), competitorId);
    }

    /** Every active stage with totals and its first 20 cards; filters as for the list. */
    @Filters({"owner", "team", "account", "stage", "closeFrom", "closeTo", "amountMin", "amountMax", "attention", "status"})
    @GET
    @Path("board")
    public List<BoardColumnData> board(@BeanParam ListParams params) {
        return opportunities.board(params.toQuery(uri));
    }

    /** One column with {@code pages} × 20 cards. */
    @Filters({"owner", "team", "account", "stage", "closeFrom", "closeTo", "amountMin", "amountMax", "attention", "status"})
    @GET
    @Path("board/{stageId}")
    public BoardColumnData column(@PathParam("stageId") long stageId, @QueryParam("pages") @DefaultValue("1") int pages,
            @BeanParam ListParams params) {
        return opportunities.boardColumn(stageId, params.toQuery(uri), pages);
    }

    /** Admins: run the attention check now (it runs every hour). */
    @POST
    @Path("attention-check")
    public Map<String, Integer> check() {
        return Map.of("flagged", opportunities.checkPipeline());
    }

    private static long version(Involvement body) {
        return Bodies.version(body == null ? null : body.version());
    }
}
