package com.acme.crm.service.boundary;

import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.service.entity.Holiday;
import com.acme.crm.service.entity.ServiceSettings;
import com.acme.crm.service.entity.SlaTarget;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.control.InputValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SLA configuration: business hours and days in a time zone, holidays, targets per
 * priority, and the after-sale rules (reopening window, at-risk share, automatic assignment,
 * follow-up and renewal days). Everyone reads it; admins change it. New targets apply to
 * requests opened from then on.
 */
@Stateless
@PermitAll
public class ServiceAdministration {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject InputValidation validation;

    public ServiceSettingsData settings() {
        caller.scope();
        ServiceSettings s = em.find(ServiceSettings.class, ServiceSettings.ID);
        ServiceSettingsData d = new ServiceSettingsData();
        d.setVersion(s.getVersion());
        d.setTimeZone(s.getTimeZone());
        d.setWorkStart(s.getWorkStart());
        d.setWorkEnd(s.getWorkEnd());
        d.setWorkDays(List.of(s.getWorkDays().split(",")));
        d.setReopenDays(s.getReopenDays());
        d.setAtRiskPercent(s.getAtRiskPercent());
        d.setAutoAssign(s.isAutoAssign());
        d.setFollowUpDays(s.getFollowUpDays());
        d.setRenewalDays(s.getRenewalDays());
        d.setTargets(em.createQuery("select t from SlaTarget t", SlaTarget.class).getResultStream()
                .sorted((a, b) -> a.getPriority().compareTo(b.getPriority()))
                .map(t -> new SlaTargetData(t.getPriority(), t.getFirstResponseMinutes(), t.getResolutionMinutes())).toList());
        d.setHolidays(em.createQuery("select h from Holiday h order by h.day", Holiday.class).getResultStream()
                .map(h -> new HolidayData(h.getDay(), h.getName())).toList());
        return d;
    }

    public ServiceSettingsData change(ServiceSettingsData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        try {
            ZoneId.of(data.getTimeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "is not a known time zone (e.g. Europe/Berlin, America/New_York)");
        }
        if (!LocalTime.parse(data.getWorkEnd()).isAfter(LocalTime.parse(data.getWorkStart()))) {
            throw new InvalidInputException("workEnd", "must be after the start of the working day");
        }
        Set<String> days = new HashSet<>();
        for (String day : data.getWorkDays()) {
            try {
                days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)).name());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("workDays", day + " is not a day of the week (MONDAY ... SUNDAY)");
            }
        }
        ServiceSettings settings = em.find(ServiceSettings.class, ServiceSettings.ID);
        if (data.getVersion() == null || data.getVersion() != settings.getVersion()) {
            throw new ConcurrentEditException("Service settings", "");
        }
        // targets and holidays are rows of their own: the settings' version stands for all of it
        em.lock(settings, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String orderedDays = String.join(",", java.util.Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name)
                .filter(days::contains).toList());
        settings.change(data.getTimeZone().strip(), data.getWorkStart(), data.getWorkEnd(), orderedDays, data.getReopenDays(),
                data.getAtRiskPercent(), data.isAutoAssign(), data.getFollowUpDays(), data.getRenewalDays());
        for (SlaTargetData target : data.getTargets()) {
            SlaTarget row = em.find(SlaTarget.class, target.getPriority());
            if (target.getResolutionMinutes() < target.getFirstResponseMinutes()) {
                throw new InvalidInputException("targets", target.getPriority() + ": the resolution target cannot be shorter than the first response");
            }
            row.change(target.getFirstResponseMinutes(), target.getResolutionMinutes());
        }
        em.createQuery("delete from Holiday h").executeUpdate();
        Set<LocalDate> seen = new HashSet<>();
        for (HolidayData holiday : data.getHolidays()) {
            if (holiday.getDay() != null && seen.add(holiday.getDay())) {
                em.persist(new Holiday(holiday.getDay(), holiday.getName() == null || holiday.getName().isBlank() ? "Holiday"
                        : holiday.getName().strip()));
            }
        }
        em.flush();
        return settings();
    }
}
