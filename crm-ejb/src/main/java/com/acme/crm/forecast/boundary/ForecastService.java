package com.acme.crm.forecast.boundary;

import java.util.List;

/**
 * Remote view of the sales metrics and the forecast, for other Jakarta EE applications (IIOP).
 * Visibility as everywhere: a rep sees their own numbers and their team's totals, a manager
 * their teams, an admin all.
 */
public interface ForecastService {

    /** The metrics for a period and filter; see {@link Metric} for each definition. */
    MetricsData metrics(MetricFilterData filter);

    /** What each metric means. */
    List<String> definitions();

    /** The forecast of a month or quarter, per rep and in total. */
    ForecastData forecast(ForecastQueryData query);

    /** Each snapshot of the periods that are over against what was won, per rep and team. */
    List<AccuracyData> accuracy(ForecastQueryData query);

    /** Managers and admins: freeze this month's and quarter's forecast now. */
    SnapshotResultData takeSnapshot();
}
