package com.acme.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What arrived, once per event, in the order of the stream: delivery is at least once, so a
 * message whose {@code id} was seen before is counted as a repeat and not processed again; and a
 * pool of listeners takes messages concurrently, so the events are put back in order by their
 * {@code position}. (An example: a real application would keep this in its database.)
 */
@ApplicationScoped
public class ReceivedEvents {

    private final List<JsonObject> events = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private int repeats;

    public synchronized void add(String cloudEvent) {
        JsonObject event = Json.createReader(new StringReader(cloudEvent)).readObject();
        if (ids.add(event.getString("id"))) {
            events.add(event);
        } else {
            repeats++;
        }
    }

    public synchronized JsonObject all() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        events.stream().sorted(java.util.Comparator.comparingLong(e -> e.getJsonNumber("position").longValue())).forEach(list::add);
        return Json.createObjectBuilder().add("events", list).add("repeats", repeats).build();
    }
}
