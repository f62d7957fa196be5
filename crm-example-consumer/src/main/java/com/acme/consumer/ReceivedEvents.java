package com.acme.consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What arrived, once per event, in the order of the stream: delivery is at least once, so a
 * message whose {@code id} was seen before is counted as a repeat and not processed again; and a
 * pool of listeners takes messages concurrently, so the events are put back in order by their
 * {@code position}. What arrived is kept in a file (system property {@code crm.consumer.file},
 * by default in the temporary directory), one event per line, written before the message is
 * acknowledged, so it outlives a crash of the server. (An example: a real application would
 * keep this in its database, in the transaction of the message.)
 */
@ApplicationScoped
public class ReceivedEvents {

    private final List<JsonObject> events = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private int repeats;
    private Path file;

    @PostConstruct
    void load() {
        file = Path.of(System.getProperty("crm.consumer.file",
                Path.of(System.getProperty("java.io.tmpdir"), "crm-example-consumer-events.jsonl").toString()));
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        remember(Json.createReader(new StringReader(line)).readObject());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public synchronized void add(String cloudEvent) {
        JsonObject event = Json.createReader(new StringReader(cloudEvent)).readObject();
        if (ids.contains(event.getString("id"))) {
            repeats++;
            return;
        }
        try {
            Files.writeString(file, event + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the event in " + file + ": it will come again", e);
        }
        remember(event);
    }

    private void remember(JsonObject event) {
        if (ids.add(event.getString("id"))) {
            events.add(event);
        }
    }

    public synchronized JsonObject all() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        events.stream().sorted(java.util.Comparator.comparingLong(e -> e.getJsonNumber("position").longValue())).forEach(list::add);
        return Json.createObjectBuilder().add("events", list).add("repeats", repeats).build();
    }
}
