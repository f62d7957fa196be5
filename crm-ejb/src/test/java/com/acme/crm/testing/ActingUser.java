package com.acme.crm.testing;

import com.acme.crm.security.control.CallerIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * In-container tests act as a CRM user without a real login: the services see whoever the
 * test names here, and apply that user's roles and visibility exactly as in production.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@Dependent
public class ActingUser extends CallerIdentity {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public Optional<String> name() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs the action as the user (null: anonymous), on this thread, as EJB local calls are. */
    public static <T> T as(String username, Supplier<T> action) {
        String before = CURRENT.get();
        CURRENT.set(username);
        try {
            return action.get();
        } finally {
            CURRENT.set(before);
        }
    }

    public static void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
