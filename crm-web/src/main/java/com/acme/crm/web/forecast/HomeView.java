package com.acme.crm.web.forecast;

import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.forecast.boundary.MetricFilterData;
import com.acme.crm.forecast.boundary.Metrics;
import com.acme.crm.forecast.boundary.MetricsData;
import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.forecast.control.ForecastPeriod;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.shared.api.PageQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A seller's home: my pipeline by stage, my quota attainment this quarter, my activities due
 * and my deals needing attention (stale, or past their close date). Each list is one small page
 * read from the database.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 8;

    @Inject Metrics metrics;
    @Inject Activities activities;
    @Inject Opportunities opportunities;
    @Inject com.acme.crm.web.shared.Numbers numbers;

    private MetricsData mine;
    private List<ActivityData> due;
    private List<OpportunityData> attention;

    /** This quarter's figures of the caller's own deals. */
    public MetricsData getMine() {
        if (mine == null) {
            ForecastPeriod quarter = ForecastPeriod.of(PeriodKind.QUARTER, LocalDate.now());
            MetricFilterData filter = new MetricFilterData();
            filter.setFrom(quarter.start());
            filter.setTo(quarter.end());
            filter.setOwnerId(metrics.callerId());
            mine = metrics.metrics(filter);
        }
        return mine;
    }

    public List<ActivityData> getDue() {
        if (due == null) {
            due = activities.myOpenActivities(new PageQuery(0, SHOWN, "startsAt", true, null, Map.of())).getItems();
        }
        return due;
    }

    public List<OpportunityData> getAttention() {
        if (attention == null) {
            attention = opportunities.findOpportunities(new PageQuery(0, SHOWN, null, true, null,
                    Map.of("owner", "me", "attention", "true", "status", "open"))).getItems();
        }
        return attention;
    }

    public String getPipelineChart() {
        return ChartJson.pipelineByStage(getMine());
    }

    public String number(java.math.BigDecimal value) {
        return numbers.of(value);
    }
}
