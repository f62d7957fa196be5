package com.acme.crm.service.control;

import java.time.Instant;

/**
 * The SLA arithmetic of one request, free of persistence so that it can be tested alone:
 * due = opening + target + minutes paused, all in business time; the share of a target
 * used counts business minutes since the opening without the pauses (a running pause
 * included).
 */
public final class Sla {

    private Sla() {
    }

    public static Instant due(BusinessClock clock, Instant openedAt, int targetMinutes, long pausedMinutes) {
        return clock.plus(openedAt, targetMinutes + pausedMinutes);
    }

    public static long used(BusinessClock clock, Instant openedAt, Instant now, long pausedMinutes, Instant pausedSince) {
        long running = pausedSince == null ? 0 : clock.minutesBetween(pausedSince, now);
        return Math.max(0, clock.minutesBetween(openedAt, now) - pausedMinutes - running);
    }

    /** At risk: at least {@code percent} of the target used, not yet met. */
    public static boolean atRisk(long usedMinutes, int targetMinutes, int percent) {
        return usedMinutes * 100 >= (long) targetMinutes * percent;
    }
}
