package com.acme.crm.notification.boundary;

import com.acme.crm.notification.entity.Notification;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each user's in-app notifications: newest first, unread count, mark as read. */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject PagedList pagedList;
    @Inject Clock clock;

    /** Filter {@code unread=true} for the unread ones only. */
    public Page<NotificationData> mine(PageQuery query) {
        CallerScope scope = caller.scope();
        var spec = new PagedList.Spec<>(Notification.class, (cb, n) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(n.get("user").get("id"), scope.userId()));
            if ("true".equalsIgnoreCase(query.filter("unread"))) {
                where.add(cb.isNull(n.get("readAt")));
            }
            return where;
        }, Map.of("createdAt", n -> n.get("createdAt")), "createdAt", false);
        return pagedList.page(spec, query, Notifications::toData);
    }

    public long unreadCount() {
        CallerScope scope = caller.scope();
        return em.createQuery("select count(n) from Notification n where n.user.id = :me and n.readAt is null", Long.class)
                .setParameter("me", scope.userId()).getSingleResult();
    }

    public void markRead(long id) {
        CallerScope scope = caller.scope();
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getUser().getId() != scope.userId()) {
            throw new NotFoundException("Notification", id); // someone else's is none of the caller's business
        }
        n.markRead(Instant.now(clock));
    }

    public int markAllRead() {
        CallerScope scope = caller.scope();
        return em.createQuery("update Notification n set n.readAt = :now where n.user.id = :me and n.readAt is null")
                .setParameter("now", Instant.now(clock)).setParameter("me", scope.userId()).executeUpdate();
    }

    /** For other use cases (in their transaction): notifies once per user and topic. */
    public boolean notifyOnce(CrmUser user, String topic, String message, Long opportunityId) {
        long existing = em.createQuery("select count(n) from Notification n where n.user = :user and n.topic = :topic", Long.class)
                .setParameter("user", user).setParameter("topic", topic).getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new Notification(user, topic, message, opportunityId, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        return true;
    }

    static NotificationData toData(Notification n) {
        return new NotificationData(n.getId(), n.getMessage(), n.getOpportunityId(), n.getCreatedAt().toString(),
                n.getReadAt() != null);
    }
}
