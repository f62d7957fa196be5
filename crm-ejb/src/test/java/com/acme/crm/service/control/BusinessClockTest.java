package com.acme.crm.service.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due times in business time: working hours, weekends, holidays, time zones and pauses. */
class BusinessClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final BusinessClock clock = new BusinessClock(BERLIN, LocalTime.of(8, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void minutesWithinOneWorkingDay() {
        assertEquals(at("2026-11-25T11:00"), clock.plus(at("2026-11-25T09:00"), 120));
        assertEquals(120, clock.minutesBetween(at("2026-11-25T09:00"), at("2026-11-25T11:00")));
    }

    @Test
    void eveningsAndWeekendsDoNotCount() {
        assertEquals(at("2026-11-30T09:00"), clock.plus(at("2026-11-27T17:00"), 120), "Friday 17:00 + 2 h = Monday 09:00");
        assertEquals(at("2026-11-30T08:30"), clock.plus(at("2026-11-28T10:00"), 30), "opened on Saturday: counts from Monday");
        assertEquals(120, clock.minutesBetween(at("2026-11-27T17:00"), at("2026-11-30T09:00")));
    }

    @Test
    void holidaysDoNotCount() {
        // Thursday 24th 17:30; Friday 25th a holiday; the weekend; Monday 28th a holiday too
        assertEquals(at("2026-12-29T08:30"), clock.plus(at("2026-12-24T17:30"), 60));
        assertFalse(clock.isWorkingDay(LocalDate.of(2026, 12, 25)));
        assertTrue(clock.isWorkingDay(LocalDate.of(2026, 12, 29)));
    }

    @Test
    void aTargetEndingExactlyAtClosingTimeIsDueThen() {
        assertEquals(at("2026-11-25T18:00"), clock.plus(at("2026-11-25T08:00"), 600));
        assertEquals(at("2026-11-26T08:01"), clock.plus(at("2026-11-25T08:00"), 601));
    }

    @Test
    void pausesMoveTheDueTimeAndDoNotUseTheTarget() {
        Instant opened = at("2026-11-25T09:00");
        assertEquals(at("2026-11-25T13:00"), Sla.due(clock, opened, 180, 60), "three hours plus one paused");
        // opened 09:00, paused 10:00-12:00 (120 min recorded), now 13:00: 2 h used
        assertEquals(120, Sla.used(clock, opened, at("2026-11-25T13:00"), 120, null));
        // a pause still running since 12:00 does not count either
        assertEquals(180, Sla.used(clock, opened, at("2026-11-25T14:00"), 0, at("2026-11-25T12:00")));
    }

    @Test
    void atRiskFromTheShareOfTheTargetUsed() {
        assertFalse(Sla.atRisk(79, 100, 80));
        assertTrue(Sla.atRisk(80, 100, 80));
        assertTrue(Sla.atRisk(2400, 3000, 80));
    }

    @Test
    void daylightSavingDoesNotBendWorkingHours() {
        // the clocks go back on 25 October 2026: Friday 17:00 + 2 h is still Monday 09:00 local time
        assertEquals(at("2026-10-26T09:00"), clock.plus(at("2026-10-23T17:00"), 120));
    }
}
