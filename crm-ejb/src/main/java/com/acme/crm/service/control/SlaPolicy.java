package com.acme.crm.service.control;

import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.service.entity.ServiceRequest;
import com.acme.crm.service.entity.ServiceSettings;
import com.acme.crm.service.entity.SlaTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured SLA: business hours and holidays from the database, targets per priority. */
@Dependent
public class SlaPolicy {

    @PersistenceContext
    EntityManager em;

    public BusinessClock clock() {
        ServiceSettings s = settings();
        Set<DayOfWeek> days = Arrays.stream(s.getWorkDays().split(",")).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toSet());
        Set<java.time.LocalDate> holidays = new HashSet<>(em.createQuery("select h.day from Holiday h", java.time.LocalDate.class)
                .getResultList());
        return new BusinessClock(ZoneId.of(s.getTimeZone()), LocalTime.parse(s.getWorkStart()), LocalTime.parse(s.getWorkEnd()),
                days, holidays);
    }

    public SlaTarget target(ServicePriority priority) {
        return em.find(SlaTarget.class, priority);
    }

    /** Sets the request's due times from its priority's targets and the time it was paused. */
    public void schedule(ServiceRequest request, BusinessClock clock) {
        SlaTarget target = target(request.getPriority());
        request.due(Sla.due(clock, request.getOpenedAt(), target.getFirstResponseMinutes(), request.getPausedMinutes()),
                Sla.due(clock, request.getOpenedAt(), target.getResolutionMinutes(), request.getPausedMinutes()));
    }

    public ServiceSettings settings() {
        return em.find(ServiceSettings.class, ServiceSettings.ID);
    }
}
