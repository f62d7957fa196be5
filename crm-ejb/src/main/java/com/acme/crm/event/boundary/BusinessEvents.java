package com.acme.crm.event.boundary;

import com.acme.crm.event.entity.BusinessEvent;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The business event stream read without Java (the same events the topic carries): published
 * events after a position, oldest first, optionally of some types, paged in the database. A
 * reader remembers the last position it processed and asks for what came after it. Admins
 * read every event; an integration account that is not an admin reads the events of records
 * owned by itself or by a member of its teams (its own team and the teams it manages), as its
 * team would see them.
 */
@Stateless
@PermitAll
public class BusinessEvents {

    public static final int MAX_PAGE = 200;
    /** How many positions one call looks ahead at most. */
    public static final int SCAN = 10_000;

    @Inject CurrentCaller caller;
    @PersistenceContext EntityManager em;

    /** The events after the position, as {@link #feed} finds them. */
    public List<EventData> eventsAfter(long after, List<String> types, int size) {
        return feed(after, types, size).items();
    }

    /**
     * Up to {@code size} events after the position, and the position to ask after next time.
     * Each call looks at most {@link #SCAN} positions ahead, so a reader interested in few
     * events (a type, a team) does not make every call read the whole rest of the stream:
     * it may get fewer events than asked for, and a {@code last} further on than the last of them.
     */
    public Feed feed(long after, List<String> types, int size) {
        CallerScope scope = caller.requireAnyRole(Role.ADMIN, Role.INTEGRATION);
        boolean everything = scope.hasAnyRole(Role.ADMIN);
        if (after < 0) {
            throw new InvalidInputException("after", "must be 0 (from the start) or the position of an event read before");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE);
        }
        types.forEach(type -> EventType.require("type", type));
        // read first: whatever is published later has a higher position and comes next time
        Long newest = em.createQuery("select max(e.position) from BusinessEvent e", Long.class).getSingleResult();
        long until = Math.min(newest == null ? 0 : newest, after > Long.MAX_VALUE - SCAN ? Long.MAX_VALUE : after + SCAN);
        TypedQuery<BusinessEvent> query = em.createQuery("select e from BusinessEvent e where e.position > :after"
                + " and e.position <= :until"
                + (types.isEmpty() ? "" : " and e.type in :types")
                + (everything ? "" : scope.teamIds().isEmpty() ? " and e.ownerId = :me" : " and (e.ownerId = :me or e.teamId in :teams)")
                + " order by e.position", BusinessEvent.class)
                .setParameter("after", after).setParameter("until", until).setMaxResults(size);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (!everything) {
            query.setParameter("me", scope.userId());
            if (!scope.teamIds().isEmpty()) {
                query.setParameter("teams", scope.teamIds());
            }
        }
        List<EventData> events = new ArrayList<>();
        query.getResultStream().forEach(e -> events.add(new EventData(e.getPosition(), e.getType(), e.getCloudEvent())));
        long last = events.size() == size ? events.get(events.size() - 1).getPosition() : Math.max(after, until);
        return new Feed(events, last);
    }

    /** A page of the stream: its events and the position to ask after next. */
    public record Feed(List<EventData> items, long last) {
    }
}
