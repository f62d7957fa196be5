package com.acme.crm.web.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Calls that change data take JSON, or one of the documented upload types (CSV for lead
 * imports, ZIP for sales histories), never what an HTML form on another site can send
 * (form fields, multipart, plain text): such a request is refused before it reaches a
 * resource, so a forged cross-site form post can change nothing. The one exception is the
 * public web forms' post ({@code /api/forms/...}): it is meant to come from another site's
 * HTML form, and it needs no login that a forged post could ride on.
 */
@Provider
@PreMatching
public class ChangeRequests implements ContainerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> UPLOADS = Set.of("text/csv", "application/zip", "application/octet-stream");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || allowed(type) || isWebFormPost(request) && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return;
        }
        request.abortWith(Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send the body as JSON (Content-Type:"
                + " application/json), or a lead import as text/csv and a sales history as application/zip."));
    }

    private static boolean isWebFormPost(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("forms/") || request.getUriInfo().getPath().startsWith("/forms/");
    }

    static boolean allowed(MediaType type) {
        String essence = type.getType().toLowerCase() + "/" + type.getSubtype().toLowerCase();
        return essence.equals("application/json") || essence.startsWith("application/") && essence.endsWith("+json")
                || UPLOADS.contains(essence);
    }
}
