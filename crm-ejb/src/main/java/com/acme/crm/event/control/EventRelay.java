package com.acme.crm.event.control;

import com.acme.crm.event.entity.BusinessEvent;
import com.acme.crm.event.entity.EventCounter;
import com.acme.crm.event.entity.Webhook;
import com.acme.crm.event.entity.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishes what the outbox holds, after the commit of the use cases that wrote it: each event
 * gets the next position of the stream, goes to the topic (sent at once, outside this
 * transaction: see {@link EventTopic#send}) and becomes a delivery for each webhook that wants
 * its type; the transaction then marks it published, so a crash after the send sends it again,
 * never loses it. Runs right after each commit (asynchronously)
 * and every 20 seconds on every instance, to catch up after a broker outage or a crash between a
 * commit and its publication; the counter row's lock lets one run at a time publish, so
 * positions have no gaps and instances never publish the same event twice in one go. Delivery is
 * at least once: a subscriber recognises a repeated message by the event's {@code id}.
 */
@Stateless
@PermitAll
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The topic; absent where the server has no messaging (the Payara Micro tests): the stream is then the feed alone. */
    @Inject
    Instance<EventChannel> topic;

    @Asynchronous
    public void publishSoon() {
        publishPending();
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "business event relay")
    void catchUp() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Business events not published yet (retried in 20 seconds): " + e);
            throw e;
        }
    }

    /** Publishes up to one batch of pending events in the order they were made; returns how many. */
    public int publishPending() {
        EventCounter counter = em.find(EventCounter.class, EventCounter.ID, LockModeType.PESSIMISTIC_WRITE);
        List<BusinessEvent> pending = em.createQuery("select e from BusinessEvent e where e.publishedAt is null order by e.id",
                BusinessEvent.class).setMaxResults(BATCH).getResultList();
        Instant now = clock.instant();
        boolean messaging = topic.isResolvable();
        // paused hooks keep collecting, so that nothing is missed once an admin switches them on again
        List<Webhook> hooks = pending.isEmpty() ? List.of()
                : em.createQuery("select w from Webhook w where w.active = true or w.pausedAt is not null", Webhook.class).getResultList();
        for (BusinessEvent event : pending) {
            long position = counter.next();
            if (messaging) {
                topic.get().send(event, position);
            }
            event.published(position, now);
            for (Webhook hook : hooks) {
                if (hook.wants(event.getType())) {
                    em.persist(new WebhookDelivery(hook, event, now));
                }
            }
        }
        return pending.size();
    }
}
