package com.acme.crm.web.forecast;

import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.forecast.boundary.MetricFilterData;
import com.acme.crm.forecast.boundary.Metrics;
import com.acme.crm.forecast.boundary.MetricsData;
import com.acme.crm.forecast.boundary.PeriodValueData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.shared.api.PageQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
            LocalDate today = LocalDate.now();
            LocalDate quarter = LocalDate.of(today.getYear(), (today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            MetricFilterData filter = new MetricFilterData();
            filter.setFrom(quarter);
            filter.setTo(quarter.plusMonths(3));
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
        List<PeriodValueData> stages = getMine().getPipelineByStage();
        return ChartJson.bar().labels(stages, PeriodValueData::getPeriod).series("Pipeline", stages, PeriodValueData::getAmount)
                .series("Weighted", stages, PeriodValueData::getWeighted).json();
    }

    public String number(java.math.BigDecimal value) {
        return numbers.of(value);
    }
}
