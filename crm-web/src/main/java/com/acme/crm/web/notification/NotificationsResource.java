package com.acme.crm.web.notification;

import com.acme.crm.notification.boundary.NotificationData;
import com.acme.crm.notification.boundary.Notifications;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** REST: /api/notifications — the caller's own, newest first ({@code unread=true}), and marking them read. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Context
    UriInfo uri;

    @Filters({"unread"})
    @GET
    public Page<NotificationData> mine(@BeanParam ListParams params) {
        return notifications.mine(params.toQuery(uri));
    }

    @GET
    @Path("count")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    public void read(@PathParam("id") long id) {
        notifications.markRead(id);
    }

    @POST
    @Path("read-all")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }
}
