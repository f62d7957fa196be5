package com.acme.crm.web.admin;

import com.acme.crm.security.boundary.SecurityEventData;
import com.acme.crm.security.boundary.SecurityLog;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** REST: /api/security-events, the security log (admins): {@code ?kind=LOGIN_FAILED&user=rep1&from=2026-12-01&to=2026-12-31}. */
@Path("security-events")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventsResource {

    @Inject
    SecurityLog log;

    @Context
    UriInfo uri;

    @Filters({"kind", "user", "from", "to"})
    @GET
    public Page<SecurityEventData> events(@BeanParam ListParams params) {
        return log.findEvents(params.toQuery(uri));
    }
}
