package com.acme.crm.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration CAP = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theFifthFailureLocksForAMinuteAndEachFurtherOneDoublesUpToTheCap() {
        LoginThrottle throttle = new LoginThrottle("user:kim", start);
        for (int i = 1; i <= 4; i++) {
            assertFalse(throttle.fail(start.plusSeconds(i), 5, WINDOW, CAP), "failure " + i);
        }
        assertTrue(throttle.fail(start.plusSeconds(5), 5, WINDOW, CAP));
        assertEquals(start.plusSeconds(5).plus(Duration.ofMinutes(1)), throttle.getLockedUntil());
        assertTrue(throttle.isLocked(start.plusSeconds(60)));
        assertFalse(throttle.isLocked(start.plusSeconds(66)));
        throttle.fail(start.plusSeconds(70), 5, WINDOW, CAP);
        assertEquals(start.plusSeconds(70).plus(Duration.ofMinutes(2)), throttle.getLockedUntil());
        for (int i = 0; i < 10; i++) {
            throttle.fail(start.plusSeconds(200 + i), 5, WINDOW, CAP);
        }
        assertEquals(start.plusSeconds(209).plus(CAP), throttle.getLockedUntil(), "never longer than the cap");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle throttle = new LoginThrottle("user:kim", start);
        for (int i = 1; i <= 4; i++) {
            throttle.fail(start.plusSeconds(i), 5, WINDOW, CAP);
        }
        assertFalse(throttle.fail(start.plus(Duration.ofMinutes(20)), 5, WINDOW, CAP), "a mistype the next morning starts afresh");
        assertEquals(1, throttle.getFailures());
    }
}
