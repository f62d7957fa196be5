package com.acme.crm.pipeline.control;

import com.acme.crm.shared.api.InvalidInputException;
import java.time.LocalDate;

/**
 * An open deal's expected close date is a forecast, so it lies ahead: a date in the past is
 * refused when it is entered or changed (the forecast would count a sale that cannot happen
 * any more). A deal whose date has passed meanwhile can still be saved unchanged; the pipeline
 * watch flags it until the date is moved. Imported history keeps its real past dates.
 */
public final class CloseDates {

    public static final String PAST = "must be today or later for an open deal; move it to when you now expect to close";

    private CloseDates() {
    }

    public static void check(String field, LocalDate entered, LocalDate before, boolean open, LocalDate today) {
        if (open && entered != null && entered.isBefore(today) && !entered.equals(before)) {
            throw new InvalidInputException(field, PAST);
        }
    }
}
