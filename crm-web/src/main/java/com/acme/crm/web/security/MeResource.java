package com.acme.crm.web.security;

import com.acme.crm.security.boundary.CallerData;
import com.acme.crm.security.boundary.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** REST: /api/me, who the API thinks you are (a cheap way to test credentials). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Users users;

    @GET
    public CallerData me() {
        return users.me();
    }
}
