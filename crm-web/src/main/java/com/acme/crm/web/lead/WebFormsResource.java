package com.acme.crm.web.lead;

import com.acme.crm.lead.boundary.WebFormData;
import com.acme.crm.lead.boundary.WebForms;
import com.acme.crm.web.shared.Answers;
import com.acme.crm.web.shared.Bodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * REST: /api/web-forms (admins): the lead-capture forms of the public site, each with the key
 * of its public address /api/forms/{key}/leads; create, change, revoke.
 */
@Path("web-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebFormsResource {

    @Inject
    WebForms forms;

    @Context
    UriInfo uri;

    /** Working forms first, then the revoked ones. */
    @GET
    public List<WebFormData> list() {
        return forms.forms();
    }

    @GET
    @Path("{id}")
    public WebFormData get(@PathParam("id") long id) {
        return forms.form(id);
    }

    /** Body: {@code {"name": "Contact us", "source": "WEB", "campaign": "Spring 2027", "ownerId": 3}}; the answer holds the key. */
    @Answers(status = 201, value = WebFormData.class)
    @POST
    public Response create(WebFormData form) {
        WebFormData created = forms.create(Bodies.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public WebFormData change(@PathParam("id") long id, WebFormData form) {
        Bodies.required(form).setId(id);
        return forms.change(form);
    }

    /** Body: {@code {"version": 3}}. The key stops working at once and for good. */
    @POST
    @Path("{id}/revoke")
    public WebFormData revoke(@PathParam("id") long id, Revocation revocation) {
        return forms.revoke(id, Bodies.required(revocation).version());
    }

    public record Revocation(Long version) {
    }
}
