package com.acme.crm.web.lead;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.lead.boundary.ConversionData;
import com.acme.crm.lead.boundary.ConversionPreviewData;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.ReasonData;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
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

/** REST: /api/leads, for web forms and other systems as much as for people. */
@Path("leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadsResource {

    @Inject
    Leads leads;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"status", "rating", "source", "owner", "campaign"})
    @GET
    public Page<LeadData> list(@BeanParam ListParams params) {
        return leads.findLeads(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public LeadData get(@PathParam("id") long id) {
        return leads.getLead(id);
    }

    /** The record's field history, newest first (who changed which field when, from what to what). */
    @GET
    @Path("{id}/changes")
    public com.acme.crm.shared.api.Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id,
            @BeanParam ListParams params) {
        return histories.historyOf("Lead", id, params.toQuery(uri));
    }

    @Answers(status = 201, value = LeadData.class)
    @POST
    public Response create(LeadData lead) {
        LeadData created = leads.createLead(required(lead));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public LeadData update(@PathParam("id") long id, LeadData lead) {
        required(lead).setId(id);
        return leads.updateLead(lead);
    }

    /** Body: {@code {"version": 3}}. 400 with the missing BANT fields when the minimum is not met. */
    @POST
    @Path("{id}/qualify")
    public LeadData qualify(@PathParam("id") long id, StatusChange change) {
        return leads.qualifyLead(id, required(change).version());
    }

    /** Body: {@code {"version": 3, "reasonId": 2, "note": "..."}}; reasons: GET /api/leads/disqualification-reasons. */
    @POST
    @Path("{id}/disqualify")
    public LeadData disqualify(@PathParam("id") long id, StatusChange change) {
        if (required(change).reasonId() == null) {
            throw new InvalidInputException("reasonId", "is required");
        }
        return leads.disqualifyLead(id, change.version(), change.reasonId(), change.note());
    }

    @POST
    @Path("{id}/reopen")
    public LeadData reopen(@PathParam("id") long id, StatusChange change) {
        return leads.reopenLead(id, required(change).version());
    }

    /** What converting would create or reuse; nothing is changed. */
    @GET
    @Path("{id}/conversion")
    public ConversionPreviewData previewConversion(@PathParam("id") long id) {
        return leads.previewConversion(id);
    }

    @POST
    @Path("{id}/conversion")
    public LeadData convert(@PathParam("id") long id, ConversionData decision) {
        return leads.convertLead(id, required(decision));
    }

    @GET
    @Path("disqualification-reasons")
    public List<ReasonData> reasons() {
        return leads.disqualificationReasons();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        return body;
    }

    /** The body of a status change: the version read, and for disqualification the reason. */
    public record StatusChange(Long version, Long reasonId, String note) {
        public StatusChange {
            if (version == null) {
                throw new InvalidInputException("version", "is required: send back the version you read");
            }
        }
    }
}
