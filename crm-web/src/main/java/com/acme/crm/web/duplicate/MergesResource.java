package com.acme.crm.web.duplicate;

import com.acme.crm.duplicate.boundary.MergeData;
import com.acme.crm.duplicate.boundary.MergePreviewData;
import com.acme.crm.duplicate.boundary.Merges;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.duplicate.boundary.RecordMergeData;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * REST: /api/merges. {@code GET preview?kind=lead&survivor=1&duplicate=2} shows both records
 * side by side with their versions; {@code POST} with a {@link MergeData} body merges them;
 * {@code GET ?kind=lead&survivor=1} lists the merges into a record.
 */
@Path("merges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MergesResource {

    @Inject
    Merges merges;

    @GET
    @Path("preview")
    public MergePreviewData preview(@QueryParam("kind") String kind, @QueryParam("survivor") Long survivor,
            @QueryParam("duplicate") Long duplicate) {
        return merges.preview(kind(kind), required("survivor", survivor), required("duplicate", duplicate));
    }

    @POST
    public RecordMergeData merge(MergeData decision) {
        if (decision == null) {
            throw new InvalidInputException("body", "send the merge decision as JSON");
        }
        return merges.merge(decision);
    }

    @GET
    public List<RecordMergeData> history(@QueryParam("kind") String kind, @QueryParam("survivor") Long survivor) {
        return merges.history(kind(kind), required("survivor", survivor));
    }

    static RecordKind kind(String value) {
        try {
            return RecordKind.valueOf(required("kind", value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be lead, contact or account");
        }
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }
}
