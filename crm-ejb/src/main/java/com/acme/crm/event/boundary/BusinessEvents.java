package com.acme.crm.event.boundary;

import com.acme.crm.event.entity.BusinessEvent;
import com.acme.crm.security.boundary.Role;
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
 * reader remembers the last position it processed and asks for what came after it.
 */
@Stateless
@PermitAll
public class BusinessEvents {

    public static final int MAX_PAGE = 200;

    @Inject CurrentCaller caller;
    @PersistenceContext EntityManager em;

    public List<EventData> eventsAfter(long after, List<String> types, int size) {
        caller.requireAnyRole(Role.ADMIN);
        if (after < 0) {
            throw new InvalidInputException("after", "must be 0 (from the start) or the position of an event read before");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE);
        }
        types.forEach(type -> EventType.require("type", type));
        TypedQuery<BusinessEvent> query = em.createQuery("select e from BusinessEvent e where e.position > :after"
                + (types.isEmpty() ? "" : " and e.type in :types") + " order by e.position", BusinessEvent.class)
                .setParameter("after", after).setMaxResults(size);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        List<EventData> events = new ArrayList<>();
        query.getResultStream().forEach(e -> events.add(new EventData(e.getPosition(), e.getType(), e.getCloudEvent())));
        return events;
    }
}
