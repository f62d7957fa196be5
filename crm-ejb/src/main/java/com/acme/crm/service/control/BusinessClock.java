package com.acme.crm.service.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business time: the working hours of the working days in one time zone, without holidays.
 * SLA targets count business minutes, so a request opened on Friday evening is due on
 * Monday, not on Saturday.
 */
public final class BusinessClock {

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> workDays;
    private final Set<LocalDate> holidays;

    public BusinessClock(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workDays, Set<LocalDate> holidays) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the working day must end after it starts");
        }
        if (workDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        this.zone = zone;
        this.start = start;
        this.end = end;
        this.workDays = Set.copyOf(workDays);
        this.holidays = Set.copyOf(holidays);
    }

    /** The instant at which {@code minutes} business minutes after {@code from} have passed. */
    public Instant plus(Instant from, long minutes) {
        ZonedDateTime t = nextWorkingMoment(from.atZone(zone));
        long left = minutes;
        while (true) {
            ZonedDateTime dayEnd = t.with(end);
            long available = Duration.between(t, dayEnd).toMinutes();
            if (left <= available) {
                return t.plusMinutes(left).toInstant();
            }
            left -= available;
            t = nextWorkingMoment(dayEnd.plusMinutes(1));
        }
    }

    /** Business minutes between two instants (0 if {@code to} is not after {@code from}). */
    public long minutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime t = from.atZone(zone);
        ZonedDateTime until = to.atZone(zone);
        long minutes = 0;
        for (LocalDate day = t.toLocalDate(); !day.isAfter(until.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(start).atZone(zone);
            ZonedDateTime close = day.atTime(end).atZone(zone);
            ZonedDateTime a = t.isAfter(open) ? t : open;
            ZonedDateTime b = until.isBefore(close) ? until : close;
            if (b.isAfter(a)) {
                minutes += Duration.between(a, b).toMinutes();
            }
        }
        return minutes;
    }

    public boolean isWorkingDay(LocalDate day) {
        return workDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private ZonedDateTime nextWorkingMoment(ZonedDateTime t) {
        ZonedDateTime candidate = t;
        while (true) {
            LocalDate day = candidate.toLocalDate();
            if (isWorkingDay(day)) {
                if (candidate.toLocalTime().isBefore(start)) {
                    return day.atTime(start).atZone(zone);
                }
                if (candidate.toLocalTime().isBefore(end)) {
                    return candidate;
                }
            }
            candidate = day.plusDays(1).atTime(start).atZone(zone);
        }
    }
}
