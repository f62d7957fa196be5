package com.acme.crm.security.control;

import com.acme.crm.security.entity.LoginThrottle;
import com.acme.crm.security.entity.SecurityEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Throttles logins per user name and per client address, in the database so that every
 * instance behind the load balancer counts the same failures: 5 failures of one user name
 * within 15 minutes lock it (1 minute, doubling with each further failure up to 15), 30 from
 * one address lock that address the same way. Unknown user names are counted and locked like
 * real ones, so a lock tells nothing about which names exist. Every failure and lock is written
 * to the security log for admins. Each change commits on its own, even though the login fails.
 */
@Dependent
public class LoginThrottling {

    public static final int USER_THRESHOLD = 5;
    public static final int ADDRESS_THRESHOLD = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration CAP = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    /** Until when the name or the address is locked, or null. */
    public Instant lockedUntil(String username, String address, Instant now) {
        Instant until = null;
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            LoginThrottle throttle = key == null ? null : em.find(LoginThrottle.class, key);
            if (throttle != null && throttle.isLocked(now) && (until == null || throttle.getLockedUntil().isAfter(until))) {
                until = throttle.getLockedUntil();
            }
        }
        return until;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String address, Instant now) {
        em.persist(new SecurityEvent(now, SecurityEvent.Kind.LOGIN_FAILED, username, address, null));
        if (count(userKey(username), now, USER_THRESHOLD)) {
            em.persist(new SecurityEvent(now, SecurityEvent.Kind.USER_LOCKED, username, address,
                    "locked after " + USER_THRESHOLD + " or more failed logins within " + WINDOW.toMinutes() + " minutes"));
        }
        if (address != null && count(addressKey(address), now, ADDRESS_THRESHOLD)) {
            em.persist(new SecurityEvent(now, SecurityEvent.Kind.ADDRESS_LOCKED, username, address,
                    "locked after " + ADDRESS_THRESHOLD + " or more failed logins within " + WINDOW.toMinutes() + " minutes"));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refusedWhileLocked(String username, String address, Instant now, Instant until) {
        em.persist(new SecurityEvent(now, SecurityEvent.Kind.LOGIN_LOCKED, username, address, "refused: locked until " + until));
    }

    /** A good login: the user name's failures are forgotten (the address's are not: one good account must not unlock guessing others). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String address, Instant now, boolean recorded) {
        LoginThrottle throttle = em.find(LoginThrottle.class, userKey(username), LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null) {
            em.remove(throttle);
        }
        if (recorded) {
            em.persist(new SecurityEvent(now, SecurityEvent.Kind.LOGIN, username, address, null));
        }
    }

    private boolean count(String key, Instant now, int threshold) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        return throttle.fail(now, threshold, WINDOW, CAP);
    }

    static String userKey(String username) {
        return username == null ? null : "user:" + cut(username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return address == null ? null : "address:" + cut(address);
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
