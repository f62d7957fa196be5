package com.acme.crm.security.control;

import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes passwords with the platform's PBKDF2; passwords are never stored or logged in clear. */
@Dependent
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Hash of a password chosen by an admin, which must be long enough to resist guessing. */
    public String hashChecked(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "must have at least " + MIN_LENGTH + " characters");
        }
        return hashUnchecked(password);
    }

    /** For the demo users only, whose short password is documented as demo-only. */
    public String hashUnchecked(String password) {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "120000"));
        return hash.generate(password.toCharArray());
    }
}
