package com.acme.crm.security.boundary;

import com.acme.crm.security.control.LoginThrottling;
import com.acme.crm.security.control.PasswordPolicy;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.security.entity.CrmUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a login of the web UI or the REST API. Every attempt costs the same: one PBKDF2
 * verification, against the user's hash or, for an unknown or deactivated name, against a
 * hash of nothing, so that the answer's time does not tell which user names exist. Failed
 * attempts are throttled per user name and client address ({@link LoginThrottling}); a locked
 * name or address is refused even with the right password until the lock ends.
 */
@Stateless
@PermitAll
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    /** How a login ended: the user's name and roles when it succeeded, the end of the lock when it was locked. */
    public record Outcome(boolean valid, String username, Set<String> roles, Instant lockedUntil) {

        static Outcome refused() {
            return new Outcome(false, null, Set.of(), null);
        }
    }

    @Inject UserDirectory users;
    @Inject PasswordPolicy passwords;
    @Inject LoginThrottling throttling;
    @Inject Clock clock;

    /**
     * @param address    the client's address (for the per-address throttle and the log)
     * @param recorded   whether a success is written to the security log (interactive logins;
     *                   REST authenticates every request, which would flood it)
     */
    public Outcome attempt(String username, String password, String address, boolean recorded) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip();
        Optional<CrmUser> user = name.isEmpty() ? Optional.empty() : users.findByUsername(name).filter(CrmUser::isActive);
        boolean matches = passwords.verify(password == null ? "" : password, user.map(CrmUser::getPasswordHash).orElse(null));
        Instant lockedUntil = throttling.lockedUntil(name, address, now);
        try {
            if (lockedUntil != null) {
                throttling.refusedWhileLocked(name, address, now, lockedUntil);
                return new Outcome(false, null, Set.of(), lockedUntil);
            }
            if (!matches || user.isEmpty()) {
                throttling.failed(name, address, now);
                return Outcome.refused();
            }
            throttling.succeeded(name, address, now, recorded);
        } catch (RuntimeException e) {
            // two instances counting the same first failure at once: one insert loses; the login's answer stands
            LOG.log(Level.FINE, "Login throttle not updated", e);
            if (!matches || user.isEmpty()) {
                return Outcome.refused();
            }
        }
        CrmUser found = user.get();
        return new Outcome(true, found.getUsername(), found.getRoles().stream().map(Role::name).collect(Collectors.toSet()), null);
    }

    /**
     * A remote (IIOP) caller's login, asked by the server's CRM realm (the crm-realm add-on)
     * before the call reaches any bean: the user's roles, or null when refused. Throttled per
     * user name like every login (the server does not tell the realm the caller's address);
     * successes are not logged, since every remote call logs in. JDK types only, because the
     * realm lives in the server's class loader and calls this by reflection.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public String[] remoteLogin(String username, char[] password) {
        Outcome outcome = attempt(username, password == null ? "" : new String(password), null, false);
        return outcome.valid() ? outcome.roles().toArray(new String[0]) : null;
    }
}
