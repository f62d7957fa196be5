package com.acme.crm.service.control;

import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.service.boundary.ServiceStatus;
import com.acme.crm.service.entity.ServiceRequest;
import com.acme.crm.service.entity.SlaTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Marks open requests whose first response or resolution is overdue as breached, and those
 * that used the at-risk share of their resolution time as at risk; the assignee hears of
 * each once. Requests waiting on the customer are skipped: their clock is paused.
 */
@Dependent
public class SlaWatch {

    @PersistenceContext EntityManager em;
    @Inject SlaPolicy sla;
    @Inject Notifications notifications;
    @Inject Clock clock;
    @Inject RequestEvents events;

    /** @return how many marks were set now */
    public int check() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BusinessClock businessClock = sla.clock();
        int percent = sla.settings().getAtRiskPercent();
        int marked = 0;
        List<ServiceRequest> open = em.createQuery("select r from ServiceRequest r where r.status in :open"
                        + " and (r.resolutionBreachedAt is null or r.responseBreachedAt is null)", ServiceRequest.class)
                .setParameter("open", ServiceStatus.open()).getResultList();
        for (ServiceRequest r : open) {
            if (r.getStatus() == ServiceStatus.WAITING_ON_CUSTOMER) {
                continue; // the clock is paused
            }
            SlaTarget target = sla.target(r.getPriority());
            long used = Sla.used(businessClock, r.getOpenedAt(), now, r.getPausedMinutes(), r.getPausedSince());
            boolean responseOpen = r.getFirstRespondedAt() == null;
            if (responseOpen && now.isAfter(r.getFirstResponseDue()) && r.getResponseBreachedAt() == null) {
                r.markResponseBreached(now);
                events.breached(r, "firstResponse");
                tell(r, "SLA_RESPONSE:" + r.getId(), "Request " + r.getId() + " \"" + r.getSubject() + "\" missed its first-response target");
                marked++;
            }
            if (now.isAfter(r.getResolutionDue()) && r.getResolutionBreachedAt() == null) {
                r.markResolutionBreached(now);
                events.breached(r, "resolution");
                tell(r, "SLA_RESOLUTION:" + r.getId(), "Request " + r.getId() + " \"" + r.getSubject() + "\" missed its resolution target");
                marked++;
            } else if (r.getAtRiskSince() == null && Sla.atRisk(used, target.getResolutionMinutes(), percent)) {
                r.markAtRisk(now);
                events.publish(com.acme.crm.event.boundary.EventType.SERVICE_REQUEST_AT_RISK, r);
                tell(r, "SLA_RISK:" + r.getId(), "Request " + r.getId() + " \"" + r.getSubject() + "\" is at risk: "
                        + percent + " % of its resolution time is used");
                marked++;
            }
        }
        return marked;
    }

    private void tell(ServiceRequest request, String topic, String message) {
        if (request.getAssignee() != null) {
            notifications.notifyOnce(request.getAssignee(), topic, message, null);
        }
    }
}
