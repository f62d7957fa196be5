package com.acme.crm.web.pipeline;

import com.acme.crm.pipeline.boundary.CompetitorData;
import com.acme.crm.pipeline.boundary.PipelineAdministration;
import com.acme.crm.web.shared.Bodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** REST: /api/competitors, the competitor catalogue; changes are for admins. */
@Path("competitors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetitorsResource {

    @Inject
    PipelineAdministration administration;

    @GET
    public List<CompetitorData> competitors() {
        return administration.competitors();
    }

    @POST
    public CompetitorData add(CompetitorData competitor) {
        Bodies.required(competitor).setId(null);
        return administration.saveCompetitor(competitor);
    }

    @PUT
    @Path("{id}")
    public CompetitorData change(@PathParam("id") long id, CompetitorData competitor) {
        Bodies.required(competitor).setId(id);
        return administration.saveCompetitor(competitor);
    }
}
