package com.acme.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed logins of one user name or one client address, and the lock they led to. The
 * rule: failures count within a window; from the threshold on, each further failure locks for
 * twice as long as the one before (1, 2, 4, ... minutes, at most the cap), so guessing gets
 * slower and slower while a user who mistyped a few times waits a minute at most.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key") private String key;
    @Column(name = "failures", nullable = false) private int failures;
    @Column(name = "first_failure_at", nullable = false) private Instant firstFailureAt;
    @Column(name = "locked_until") private Instant lockedUntil;
    @Version private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, Instant now) {
        this.key = key;
        this.firstFailureAt = now;
    }

    /** Counts a failure; returns whether this failure locked the key. */
    public boolean fail(Instant now, int threshold, Duration window, Duration cap) {
        if (firstFailureAt.plus(window).isBefore(now) && !isLocked(now)) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        if (failures < threshold) {
            return false;
        }
        long minutes = Math.min(cap.toMinutes(), 1L << Math.min(failures - threshold, 20));
        lockedUntil = now.plus(Duration.ofMinutes(minutes));
        return true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getLockedUntil() { return lockedUntil; }
    public int getFailures() { return failures; }
    public String getKey() { return key; }
}
