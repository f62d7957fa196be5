package com.acme.crm.web.event;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.event.boundary.BusinessEvents;
import com.acme.crm.event.boundary.EventData;
import com.acme.crm.event.control.EventOutbox;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * REST: {@code GET /api/events?after=0&type=com.acme.crm.deal.won&size=100}, the business event
 * stream (admins, and integration accounts with their teams' events): {@code items} are the
 * CloudEvents documents as the topic carries them, each with its {@code position}; {@code last}
 * is the position to ask after next time (it may be past the last item: the events between
 * were not for this reader).
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    BusinessEvents events;

    @Answers(schema = "EventFeed")
    @GET
    public JsonObject after(@QueryParam("after") @DefaultValue("0") long after, @QueryParam("type") List<String> types,
            @QueryParam("size") @DefaultValue("100") int size) {
        BusinessEvents.Feed page = events.feed(after, types, size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (EventData event : page.items()) {
            items.add(EventOutbox.withPosition(event.getCloudEvent(), event.getPosition()));
        }
        return Json.createObjectBuilder().add("items", items).add("last", page.last()).build();
    }
}
