package com.acme.crm.web.audit;

import com.acme.crm.audit.boundary.FieldChangeData;
import com.acme.crm.audit.boundary.RecordHistories;
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

/** REST: /api/changes, the audit trail across records (admins): {@code ?user=rep1&type=Lead&from=2026-12-01&to=2026-12-31}. */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"user", "type", "from", "to"})
    @GET
    public Page<FieldChangeData> search(@BeanParam ListParams params) {
        return histories.search(params.toQuery(uri));
    }
}
