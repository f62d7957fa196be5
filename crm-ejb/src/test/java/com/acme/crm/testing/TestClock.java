package com.acme.crm.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * In-container tests get a clock they can move forward, so that time rules (stage limits,
 * close dates, SLAs) are tested without waiting. It runs at real time unless a test shifts it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    private static volatile Duration offset = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted(ZoneId.systemDefault());
    }

    /** Runs the action as if it were {@code ahead} later than now, then returns to real time. */
    public static <T> T later(Duration ahead, Supplier<T> action) {
        Duration before = offset;
        offset = before.plus(ahead);
        try {
            return action.get();
        } finally {
            offset = before;
        }
    }

    static final class Shifted extends Clock {

        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new Shifted(newZone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
