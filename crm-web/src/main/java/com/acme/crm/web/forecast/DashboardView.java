package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.RateData;
import com.acme.crm.forecast.boundary.Metric;
import com.acme.crm.forecast.boundary.MetricOptionsData;
import com.acme.crm.forecast.boundary.Metrics;
import com.acme.crm.forecast.boundary.MetricsData;
import com.acme.crm.forecast.boundary.PeriodValueData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The sales dashboard: one filter bar, the key figures with their definitions, and the charts with their tables. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Metrics metrics;
    @Inject com.acme.crm.security.boundary.SecurityLog securityLog;
    @Inject FacesMessages messages;
    @Inject com.acme.crm.web.shared.Numbers numbers;

    private final MetricFilterBar bar = new MetricFilterBar();
    private MetricOptionsData options;
    private MetricsData figures;

    @PostConstruct
    void load() {
        options = metrics.options();
    }

    /** On opening: dates in the address (?from=2017-01-01&amp;to=2017-12-31) choose the period, so a dashboard can be linked to. */
    public void open() {
        if (bar.getFrom() != null || bar.getTo() != null) {
            bar.setPeriod("custom");
        }
        apply();
    }

    public void apply() {
        try {
            figures = metrics.metrics(bar.toFilter(LocalDate.now()));
        } catch (BusinessException e) {
            messages.refused(e, Map.of("to", "filters:to"));
        }
    }

    /** An amount or count with thousands separators, two decimals for amounts; a dash for none. */
    public String number(java.math.BigDecimal value) {
        return numbers.of(value);
    }

    /** The CSV button of a chart's table: the download is an export in the security log. */
    public void exported(String table) {
        securityLog.recordExport("sales dashboard table \"" + table + "\" (" + figures.getFrom() + " to " + figures.getTo() + ", "
                + figures.getCurrency() + ") as CSV");
    }

    /** A text cell of an exported table, so that a spreadsheet never runs it as a formula. */
    public String cell(String value) {
        return value == null ? "" : com.acme.crm.dataimport.control.Csv.neutralised(value);
    }

    public String definition(String metric) {
        return Metric.valueOf(metric).getDefinition();
    }

    public List<Metric> getDefinitions() {
        return Arrays.asList(Metric.values());
    }

    public String getWonByMonthChart() {
        List<PeriodValueData> months = figures.getClosedByMonth();
        return ChartJson.bar().labels(months, PeriodValueData::getPeriod)
                .series("Won (" + figures.getCurrency() + ")", months, PeriodValueData::getAmount).json();
    }

    public String getWinRateChart() {
        List<PeriodValueData> months = figures.getClosedByMonth();
        return ChartJson.line().labels(months, PeriodValueData::getPeriod).series("Win rate %", months, PeriodValueData::getWinRate)
                .percent().json();
    }

    public String getForecastVersusQuotaChart() {
        List<PeriodValueData> months = figures.getForecastByMonth();
        return ChartJson.bar().labels(months, PeriodValueData::getPeriod).series("Won", months, PeriodValueData::getAmount)
                .series("Forecast (won + commit)", months, PeriodValueData::getCommit).series("Quota", months, PeriodValueData::getQuota)
                .json();
    }

    public String getPipelineByMonthChart() {
        List<PeriodValueData> months = figures.getPipelineByMonth();
        return ChartJson.bar().labels(months, p -> p.getPeriod().isEmpty() ? "no date" : p.getPeriod())
                .series("Pipeline", months, PeriodValueData::getAmount).series("Weighted", months, PeriodValueData::getWeighted).json();
    }

    public String getPipelineByStageChart() {
        return ChartJson.pipelineByStage(figures);
    }

    public String getFunnelChart() {
        List<RateData> steps = figures.getStageConversions();
        return ChartJson.bar().labels(steps, RateData::getLabel).series("Entered", steps, RateData::getStarted)
                .series("Reached the next stage", steps, RateData::getConverted).json();
    }

    public MetricFilterBar getBar() { return bar; }
    public MetricOptionsData getOptions() { return options; }
    public MetricsData getFigures() { return figures; }
}
