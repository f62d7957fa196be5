package com.acme.crm.event.boundary;

import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.event.control.WebhookSender;
import com.acme.crm.event.control.WebhookSignature;
import com.acme.crm.event.entity.Webhook;
import com.acme.crm.event.entity.WebhookDelivery;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Webhooks, for admins: register a receiver's URL and the event types it wants (it gets a
 * secret to check signatures with, shown once), change or switch it off and on (a paused hook
 * starts again with what it missed), remove it, and read its delivery log.
 */
@Stateless
@PermitAll
public class Webhooks {

    private static final String TYPE = "Webhook";

    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject InputValidation validation;
    @Inject PagedList paged;
    @Inject WebhookSender sender;
    @PersistenceContext EntityManager em;

    public List<WebhookData> webhooks() {
        caller.requireAnyRole(Role.ADMIN);
        return new ArrayList<>(em.createQuery("select w from Webhook w order by w.id", Webhook.class).getResultStream()
                .map(w -> toData(w, false)).toList());
    }

    public WebhookData webhook(long id) {
        caller.requireAnyRole(Role.ADMIN);
        return toData(find(id), false);
    }

    /** Registers a hook; the answer carries its secret, the only time it is shown. */
    public WebhookData register(WebhookData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        Webhook hook = new Webhook(url(data.getUrl()), types(data.getEventTypes()), WebhookSignature.newSecret());
        hook.activate(data.isActive());
        em.persist(hook);
        em.flush();
        return toData(hook, true);
    }

    public WebhookData change(WebhookData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to change a webhook");
        }
        Webhook hook = find(data.getId());
        customers.requireSameVersion(data.getVersion(), hook.getVersion(), TYPE, hook.getId());
        hook.describe(url(data.getUrl()), types(data.getEventTypes()));
        if (data.isActive() != hook.isActive()) {
            hook.activate(data.isActive());
        }
        em.flush();
        return toData(hook, false);
    }

    public void remove(long id) {
        caller.requireAnyRole(Role.ADMIN);
        em.remove(find(id));
    }

    /** The hook's deliveries, newest first; {@code status}: PENDING, DELIVERED or FAILED. */
    public Page<WebhookDeliveryData> deliveries(long id, PageQuery query) {
        caller.requireAnyRole(Role.ADMIN);
        Webhook hook = find(id);
        WebhookDelivery.Status status = query.filter("status") == null ? null
                : com.acme.crm.shared.control.Inputs.enumValue(WebhookDelivery.Status.class, "status", query.filter("status"));
        return paged.page(new PagedList.Spec<>(WebhookDelivery.class, (cb, d) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            where.add(cb.equal(d.get("webhook"), hook));
            if (status != null) {
                where.add(cb.equal(d.get("status"), status));
            }
            return where;
        }, Map.of("eventPosition", d -> d.get("eventPosition")), "eventPosition", false), query, Webhooks::toData);
    }

    /** Sends what is due at once instead of within the next 10 seconds (admins, e.g. after fixing a receiver). */
    public int sendDueNow() {
        caller.requireAnyRole(Role.ADMIN);
        return sender.sendDue();
    }

    private Webhook find(long id) {
        Webhook hook = em.find(Webhook.class, id);
        if (hook == null) {
            throw new NotFoundException(TYPE, id);
        }
        return hook;
    }

    private static String url(String url) {
        return com.acme.crm.shared.control.Inputs.webAddress("url", url, "https://erp.example.com/crm-events");
    }

    private static List<String> types(List<String> types) {
        List<FieldError> errors = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i) == null ? "" : types.get(i).strip();
            if (EventType.ofType(type) == null) {
                errors.add(new FieldError("eventTypes[" + i + "]", EventType.MESSAGE));
            } else if (!known.contains(type)) {
                known.add(type);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return known;
    }

    static WebhookData toData(Webhook w, boolean withSecret) {
        WebhookData d = new WebhookData();
        d.setId(w.getId());
        d.setVersion(w.getVersion());
        d.setUrl(w.getUrl());
        d.setEventTypes(w.getEventTypes());
        d.setActive(w.isActive());
        d.setSecret(withSecret ? w.getSecret() : null);
        d.setPausedAt(w.getPausedAt());
        d.setPauseReason(w.getPauseReason());
        d.setConsecutiveFailures(w.getConsecutiveFailures());
        return d;
    }

    static WebhookDeliveryData toData(WebhookDelivery x) {
        WebhookDeliveryData d = new WebhookDeliveryData();
        d.setId(x.getId());
        d.setEventPosition(x.getEventPosition());
        d.setEventId(x.getEventId());
        d.setEventType(x.getEventType());
        d.setStatus(x.getStatus().name());
        d.setAttempts(x.getAttempts());
        d.setNextAttemptAt(x.getNextAttemptAt());
        d.setLastAttemptAt(x.getLastAttemptAt());
        d.setLastStatus(x.getLastStatus());
        d.setLastError(x.getLastError());
        d.setDeliveredAt(x.getDeliveredAt());
        return d;
    }
}
