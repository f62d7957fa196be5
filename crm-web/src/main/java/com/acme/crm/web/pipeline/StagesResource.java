package com.acme.crm.web.pipeline;

import com.acme.crm.pipeline.boundary.CriterionData;
import com.acme.crm.pipeline.boundary.PipelineAdministration;
import com.acme.crm.pipeline.boundary.StageData;
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

/** REST: /api/stages and the criteria a stage may require; changes are for admins. */
@Path("stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StagesResource {

    @Inject
    PipelineAdministration administration;

    @GET
    public List<StageData> stages() {
        return administration.stages();
    }

    @GET
    @Path("criteria")
    public List<CriterionData> criteria() {
        return administration.criteria();
    }

    @POST
    public StageData add(StageData stage) {
        Bodies.required(stage).setId(null);
        return administration.saveStage(stage);
    }

    @PUT
    @Path("{id}")
    public StageData change(@PathParam("id") long id, StageData stage) {
        Bodies.required(stage).setId(id);
        return administration.saveStage(stage);
    }
}
