package com.acme.crm.shared.api;

/**
 * The dates the CRM accepts: years 1900 to 2999. A sale, an activity or a contract outside
 * them is a typing error (year -1, 20260 instead of 2026), never a real date.
 */
public final class InputDates {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    public static final String RANGE_MESSAGE = "must be a date between 1900-01-01 and 2999-12-31";

    private InputDates() {
    }

    public static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
