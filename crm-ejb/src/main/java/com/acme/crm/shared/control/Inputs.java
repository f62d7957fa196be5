package com.acme.crm.shared.control;

import com.acme.crm.shared.api.InvalidInputException;

/** How the boundaries read free-text input: blank means "not given", ids must be numbers. */
public final class Inputs {

    private Inputs() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static long parseId(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }
}
