package com.acme.crm.security.control;

import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Locale;
import java.util.Map;

/**
 * Passwords: what a new one must be, and hashing with the platform's PBKDF2 (never stored or
 * logged in clear). The rule follows OWASP ASVS level 2 and NIST 800-63B: at least 12
 * characters (up to 128, spaces and any characters welcome), no composition rules, but not a
 * commonly used password or a simple variation of one ("Password1234!", "qwertyuiop12"), not
 * one character repeated or only digits, and not the user name.
 */
@Dependent
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Hash of a password chosen for a user, which must pass the policy. */
    public String hashChecked(String password, String username) {
        String problem = problem(password, username);
        if (problem != null) {
            throw new InvalidInputException("password", problem);
        }
        return hashUnchecked(password);
    }

    /** What is wrong with a new password, in the user's words, or null when it is acceptable. */
    public static String problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters (a few words make a good one)";
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters";
        }
        if (password.isBlank() || password.chars().distinct().count() <= 2) {
            return "must not be one or two characters repeated";
        }
        if (password.chars().allMatch(Character::isDigit)) {
            return "must not be only digits";
        }
        String core = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (core.isEmpty() || CommonPasswords.contains(core) || CommonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return "is too common: it is among the first passwords an attacker tries";
        }
        if (username != null && username.strip().length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "must not contain the user name";
        }
        return null;
    }

    /** Whether a password matches a stored hash; without a hash it is checked against a stand-in, so it takes as long. */
    public boolean verify(String password, String storedHash) {
        String against = storedHash != null ? storedHash : StandIn.hash(this);
        boolean matches = hash.verify(password.toCharArray(), against);
        return storedHash != null && matches;
    }

    /** A hash of a random password, made once per server: what unknown user names are checked against. */
    private static final class StandIn {
        private static volatile String value;

        static String hash(PasswordPolicy policy) {
            if (value == null) {
                value = policy.hashUnchecked(java.util.UUID.randomUUID().toString());
            }
            return value;
        }
    }

    /** For the demo users only, whose short password is documented as demo-only. */
    public String hashUnchecked(String password) {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "120000"));
        return hash.generate(password.toCharArray());
    }
}
