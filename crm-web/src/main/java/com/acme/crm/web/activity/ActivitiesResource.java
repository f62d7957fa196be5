package com.acme.crm.web.activity;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.lead.boundary.LeadData;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** REST: /api/activities. */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    @Inject
    Activities activities;

    @Context
    UriInfo uri;

    /** The caller's open activities, soonest first; {@code ?overdue=true} for the overdue ones. */
    @Filters({"overdue"})
    @GET
    public Page<ActivityData> mine(@BeanParam ListParams params) {
        return activities.myOpenActivities(params.toQuery(uri));
    }

    /** A record's timeline: exactly one of {@code lead}, {@code contact}, {@code account}. */
    @GET
    @Path("timeline")
    public List<ActivityData> timeline(@QueryParam("lead") Long lead, @QueryParam("contact") Long contact,
            @QueryParam("account") Long account) {
        if (lead != null) {
            return activities.timeline("lead", lead);
        } else if (contact != null) {
            return activities.timeline("contact", contact);
        } else if (account != null) {
            return activities.timeline("account", account);
        }
        throw new InvalidInputException("lead", "name the lead, contact or account whose timeline you want");
    }

    /** Logs an activity; with {@code "newLead": {...}} for someone not yet in the CRM, the lead is created too. */
    @Answers(status = 201, value = ActivityData.class)
    @POST
    public Response log(NewActivity body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        ActivityData logged = body.getNewLead() == null ? activities.log(body)
                : activities.logWithNewLead(body, body.getNewLead());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(logged.getId())).build())
                .entity(logged).build();
    }

    @PUT
    @Path("{id}")
    public ActivityData update(@PathParam("id") long id, ActivityData body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        body.setId(id);
        return activities.update(body);
    }

    /** Body: {@code {"version": 1, "outcome": "agreed on a demo"}}. */
    @POST
    @Path("{id}/complete")
    public ActivityData complete(@PathParam("id") long id, Completion body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "is required: send back the version you read");
        }
        return activities.complete(id, body.version(), body.outcome());
    }

    /** An activity to log, optionally with the lead to create for it. */
    public static class NewActivity extends ActivityData {
        private static final long serialVersionUID = 1L;
        private LeadData newLead;

        public LeadData getNewLead() { return newLead; }
        public void setNewLead(LeadData newLead) { this.newLead = newLead; }
    }

    /** Completing an activity. */
    public record Completion(Long version, String outcome) {
    }
}
