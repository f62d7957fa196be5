package com.acme.crm.web.lead;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The public site's own pages may post a web form from script and read the answer (thanks, the
 * failing fields, when to try again): any origin, since the post carries no login and the form's
 * key is public anyway. Nothing else of the API is readable from other sites.
 */
@Provider
public class FormPostsCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("forms/") && !path.startsWith("/forms/")) {
            return;
        }
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "Retry-After");
        if ("OPTIONS".equals(request.getMethod())) {
            response.getHeaders().putSingle("Access-Control-Allow-Methods", "POST");
            response.getHeaders().putSingle("Access-Control-Allow-Headers", "Content-Type");
            response.getHeaders().putSingle("Access-Control-Max-Age", "86400");
        }
    }
}
