package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.MetricFilterData;
import java.io.Serializable;
import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.forecast.control.ForecastPeriod;
import java.time.LocalDate;

/**
 * The dashboard filters, applied to every chart at once: a period (this quarter, this year,
 * last year, or dates), team, rep, product, lead source, region and currency.
 */
public class MetricFilterBar implements Serializable {

    private static final long serialVersionUID = 1L;

    private String period = "year";
    private LocalDate from;
    private LocalDate to;
    private final MetricFilterData filter = new MetricFilterData();

    public MetricFilterData toFilter(LocalDate today) {
        MetricFilterData f = filter.copy();
        ForecastPeriod quarter = ForecastPeriod.of(PeriodKind.QUARTER, today);
        switch (period) {
            case "quarter" -> { f.setFrom(quarter.start()); f.setTo(quarter.end()); }
            case "lastQuarter" -> { f.setFrom(quarter.start().minusMonths(3)); f.setTo(quarter.start()); }
            case "lastYear" -> { f.setFrom(LocalDate.of(today.getYear() - 1, 1, 1)); f.setTo(LocalDate.of(today.getYear(), 1, 1)); }
            case "custom" -> { f.setFrom(from); f.setTo(to == null ? null : to.plusDays(1)); }
            default -> { f.setFrom(LocalDate.of(today.getYear(), 1, 1)); f.setTo(LocalDate.of(today.getYear() + 1, 1, 1)); }
        }
        return f;
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period == null ? "year" : period; }
    /** First day of a custom period. */
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    /** Last day (inclusive) of a custom period. */
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public MetricFilterData getFilter() { return filter; }
}
