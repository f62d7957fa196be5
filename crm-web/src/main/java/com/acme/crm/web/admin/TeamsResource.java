package com.acme.crm.web.admin;

import com.acme.crm.security.boundary.TeamData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** REST: /api/teams; everyone may list them, admins create and change them. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    Users users;

    @GET
    public List<TeamData> teams() {
        return users.teams();
    }

    /** Creates a team, or renames it and appoints its manager when the body has an id. */
    @POST
    public TeamData save(TeamData team) {
        if (team == null) {
            throw new InvalidInputException("body", "is required");
        }
        return users.saveTeam(team);
    }
}
