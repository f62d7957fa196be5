package com.acme.crm.event.control;

import com.acme.crm.event.entity.BusinessEvent;
import com.acme.crm.event.entity.Webhook;
import com.acme.crm.event.entity.WebhookDelivery;
import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.entity.CrmUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The database side of a webhook attempt, each step committed on its own: taking a due delivery
 * (a lease, under a row lock, so one instance sends it), and recording the answer (delivered, or
 * failed with the next attempt planned; a hook that keeps failing is paused and the admins told).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookAttempts {

    /** What to send: everything the HTTP call needs, so that no transaction is open while it runs. */
    public record Attempt(long deliveryId, String url, String secret, String eventId, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    public Attempt take(long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (delivery == null || !delivery.isDue(now)) {
            return null; // sent, given up or taken by another instance meanwhile
        }
        delivery.lease(now);
        BusinessEvent event = em.createQuery("select e from BusinessEvent e where e.eventId = :id", BusinessEvent.class)
                .setParameter("id", delivery.getEventId()).getSingleResult();
        Webhook hook = delivery.getWebhook();
        return new Attempt(deliveryId, hook.getUrl(), hook.getSecret(), event.getEventId(),
                EventOutbox.withPosition(event.getCloudEvent(), event.getPosition()).toString());
    }

    public void succeeded(long deliveryId, int httpStatus) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        delivery.succeeded(clock.instant(), httpStatus);
        delivery.getWebhook().delivered();
    }

    public void failed(long deliveryId, Integer httpStatus, String why) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        delivery.failed(now, httpStatus, why);
        Webhook hook = em.find(Webhook.class, delivery.getWebhook().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (hook.failed(now, why)) {
            List<CrmUser> admins = em.createQuery("select distinct u from CrmUser u join u.roles r where u.active = true and r = :admin",
                    CrmUser.class).setParameter("admin", Role.ADMIN).getResultList();
            admins.forEach(admin -> notifications.notifyOnce(admin, "WEBHOOK_PAUSED:" + hook.getId() + ":" + now.getEpochSecond(),
                    "Webhook " + hook.getUrl() + " is paused: " + hook.getPauseReason() + ". Switch it on again when the receiver works.",
                    null));
        }
    }
}
