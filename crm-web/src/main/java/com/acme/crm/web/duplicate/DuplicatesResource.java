package com.acme.crm.web.duplicate;

import com.acme.crm.duplicate.boundary.DuplicateGroupData;
import com.acme.crm.duplicate.boundary.DuplicateScanData;
import com.acme.crm.duplicate.boundary.DuplicateScans;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** REST for admins: run the duplicate scan, list the groups it found, dismiss a group. */
@Path("duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    @Inject
    DuplicateScans scans;

    @Context
    UriInfo uri;

    @POST
    @Path("scan")
    public DuplicateScanData scan() {
        return scans.scan();
    }

    @GET
    @Path("scan")
    public DuplicateScanData lastScan() {
        return scans.lastScan();
    }

    /** Filter {@code kind}: lead, contact or account. */
    @Filters({"kind"})
    @GET
    @Path("groups")
    public Page<DuplicateGroupData> groups(@BeanParam ListParams params) {
        return scans.findGroups(params.toQuery(uri));
    }

    /** "Not duplicates"; {@code version} as read, so that two reviewers do not overwrite each other. */
    @POST
    @Path("groups/{id}/dismiss")
    public void dismiss(@PathParam("id") long id, @QueryParam("version") long version) {
        scans.dismiss(id, version);
    }
}
