package com.acme.crm.forecast.control;

import com.acme.crm.forecast.boundary.PeriodKind;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar month or quarter: [start, end), and its name ("2017-09", "2017-Q3"). */
public record ForecastPeriod(PeriodKind kind, LocalDate start, LocalDate end) {

    public static ForecastPeriod of(PeriodKind kind, LocalDate day) {
        if (kind == PeriodKind.QUARTER) {
            LocalDate start = LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            return new ForecastPeriod(kind, start, start.plusMonths(3));
        }
        LocalDate start = day.withDayOfMonth(1);
        return new ForecastPeriod(PeriodKind.MONTH, start, start.plusMonths(1));
    }

    public String label() {
        return kind == PeriodKind.QUARTER ? start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR)
                : String.format("%04d-%02d", start.getYear(), start.getMonthValue());
    }

    /** Over: nothing more can be won in it. */
    public boolean closedBy(LocalDate today) {
        return !end.isAfter(today);
    }
}
