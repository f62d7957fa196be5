package com.acme.crm.shared.control;

import com.acme.crm.shared.api.InvalidInputException;

/** How the boundaries read free-text input: blank means "not given", ids must be numbers, names must be constants. */
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

    /** A day given as text (a list filter), strictly {@code 2026-12-31} within the accepted years; blank is none. */
    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(value.strip());
            if (!com.acme.crm.shared.api.InputDates.inRange(day.getYear())) {
                throw new InvalidInputException(field, com.acme.crm.shared.api.InputDates.RANGE_MESSAGE);
            }
            return day;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-12-31");
        }
    }

    /** A filter or field naming a constant, case ignored; anything else is refused with the choices. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * An address the CRM sends to or sends browsers to (a webhook, a form's thank-you page):
     * http or https with a host, and no user name or password, which would end up in logs.
     */
    public static String webAddress(String field, String value, String example) {
        String text = value.strip();
        try {
            java.net.URI uri = new java.net.URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be an http or https address such as " + example
                + ", without a user name or password in it");
    }
}
