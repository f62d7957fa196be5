package com.acme.crm.web.event;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.event.boundary.WebhookData;
import com.acme.crm.event.boundary.WebhookDeliveryData;
import com.acme.crm.event.boundary.Webhooks;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;

/** REST: /api/webhooks (admins): register, list, change, remove hooks; /api/webhooks/{id}/deliveries, their log. */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Context
    UriInfo uri;

    @GET
    public List<WebhookData> list() {
        return webhooks.webhooks();
    }

    @GET
    @Path("{id}")
    public WebhookData get(@PathParam("id") long id) {
        return webhooks.webhook(id);
    }

    /** Body: {@code {"url": "https://erp.example.com/crm-events", "eventTypes": ["com.acme.crm.deal.won"]}}; the answer holds the secret. */
    @Answers(status = 201, value = WebhookData.class, note = "The answer carries the hook's secret, shown this once.")
    @POST
    public Response register(WebhookData hook) {
        if (hook == null) {
            throw new InvalidInputException("body", "is required");
        }
        WebhookData created = webhooks.register(hook);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public WebhookData change(@PathParam("id") long id, WebhookData hook) {
        if (hook == null) {
            throw new InvalidInputException("body", "is required");
        }
        hook.setId(id);
        return webhooks.change(hook);
    }

    @Answers(status = 204)
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    /** {@code ?status=PENDING|DELIVERED|FAILED&page=0&size=25}, newest first. */
    @Filters({"status"})
    @GET
    @Path("{id}/deliveries")
    public Page<WebhookDeliveryData> deliveries(@PathParam("id") long id, @BeanParam ListParams params) {
        return webhooks.deliveries(id, params.toQuery(uri));
    }

    /** Sends the due deliveries now instead of within 10 seconds. */
    @POST
    @Path("deliveries/due")
    public Map<String, Integer> sendDue() {
        return Map.of("attempts", webhooks.sendDueNow());
    }
}
