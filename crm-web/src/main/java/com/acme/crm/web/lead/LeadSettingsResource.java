package com.acme.crm.web.lead;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.lead.boundary.AssignmentRuleData;
import com.acme.crm.lead.boundary.LeadAdministration;
import com.acme.crm.lead.boundary.LeadSettingsData;
import com.acme.crm.lead.boundary.ReasonData;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** REST: /api/lead-settings (scoring and BANT minimum), disqualification reasons, assignment rules; changes are for admins. */
@Path("lead-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadSettingsResource {

    @Inject
    LeadAdministration administration;

    @GET
    public LeadSettingsData get() {
        return administration.settings();
    }

    /** Saves the settings (send the version read) and rescores every open lead. */
    @PUT
    public LeadSettingsData change(LeadSettingsData settings) {
        if (settings == null) {
            throw new InvalidInputException("body", "is required");
        }
        return administration.changeSettings(settings);
    }

    /** Body: {@code {"name": "Budget frozen"}}. */
    @Answers(status = 201, value = ReasonData.class)
    @POST
    @Path("disqualification-reasons")
    public Response addReason(ReasonName body) {
        ReasonData added = administration.addReason(body == null ? null : body.name());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** Retires a reason: it stays on leads that have it but can no longer be chosen. */
    @Answers(status = 204)
    @DELETE
    @Path("disqualification-reasons/{id}")
    public Response retireReason(@PathParam("id") long id) {
        administration.retireReason(id);
        return Response.noContent().build();
    }

    /** The assignment rules, in the order they are tried. */
    @GET
    @Path("assignment-rules")
    public java.util.List<AssignmentRuleData> rules() {
        return administration.assignmentRules();
    }

    /** Body: {@code {"position": 1, "industry": "Retail", "region": null, "teamId": 3}} (or {@code "assigneeId"}). */
    @Answers(status = 201, value = AssignmentRuleData.class)
    @POST
    @Path("assignment-rules")
    public Response addRule(AssignmentRuleData rule) {
        if (rule == null) {
            throw new InvalidInputException("body", "is required");
        }
        return Response.status(Response.Status.CREATED).entity(administration.addAssignmentRule(rule)).build();
    }

    @Answers(status = 204)
    @DELETE
    @Path("assignment-rules/{id}")
    public Response removeRule(@PathParam("id") long id) {
        administration.removeAssignmentRule(id);
        return Response.noContent().build();
    }

    /** A reason's name. */
    public record ReasonName(String name) {
    }
}
