package com.acme.crm.event.control;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.entity.BusinessEvent;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes a business event into the outbox, in the transaction of the use case that caused it:
 * if the use case rolls back, so does its event; if it commits, the event is there to be
 * published (by {@code EventRelay}, after the commit). The event is a complete CloudEvents 1.0
 * JSON document from the start, so what is published is exactly what was written.
 */
@Dependent
public class EventOutbox {

    /** The CloudEvents {@code source} of every CRM event. */
    public static final String SOURCE = "/crm";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<EventsWritten> written;

    @Inject
    EventsInTransaction inTransaction;

    /** Writes an event about a record owned by {@code owner} (whose team then sees it); data: the type's own fields. */
    public void publish(EventType type, long recordId, CrmUser owner, JsonObjectBuilder data) {
        Long ownerId = owner == null ? null : owner.getId();
        Long teamId = owner == null ? null : owner.getTeamId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        JsonObject body = withOwner(data.build(), owner);
        em.persist(new BusinessEvent(id, type.type(), type.records(), recordId, ownerId, teamId, now,
                cloudEvent(id, type, recordId, now, body)));
        if (inTransaction.first()) {
            written.fire(new EventsWritten());
        }
    }

    private static JsonObject withOwner(JsonObject data, CrmUser owner) {
        JsonObjectBuilder all = Json.createObjectBuilder(data);
        if (owner != null) {
            all.add("ownerId", owner.getId()).add("owner", owner.getUsername());
            if (owner.getTeamId() != null) {
                all.add("teamId", owner.getTeamId());
            }
        }
        return all.build();
    }

    static String cloudEvent(String id, EventType type, long recordId, Instant time, JsonObject data) {
        return Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", id)
                .add("source", SOURCE)
                .add("type", type.type())
                .add("subject", type.records() + "/" + recordId)
                .add("time", time.toString())
                .add("datacontenttype", "application/json")
                .add("data", data)
                .build().toString();
    }

    /**
     * The document as published: the stored CloudEvent with its {@code position} in the stream as an
     * extension attribute, so that a subscriber processing messages concurrently (a pool of
     * message-driven beans) can still put a record's events in order.
     */
    public static JsonObject withPosition(String cloudEvent, long position) {
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(cloudEvent))) {
            return Json.createObjectBuilder(reader.readObject()).add("position", position).build();
        }
    }

    /** An amount with its currency as events carry it: {@code {"amount": 12000.00, "currency": "EUR"}}; nothing when unknown. */
    public static JsonObjectBuilder money(JsonObjectBuilder data, String field, BigDecimal amount, String currency) {
        if (amount != null && currency != null) {
            data.add(field, Json.createObjectBuilder().add("amount", Money.scaled(amount, currency)).add("currency", currency));
        }
        return data;
    }

    /** Fired after events were written, so that the relay publishes them once the transaction committed. */
    public record EventsWritten() {
    }
}
