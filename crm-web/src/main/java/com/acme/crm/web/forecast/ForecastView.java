package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.AccuracyData;
import com.acme.crm.forecast.boundary.AdjustmentData;
import com.acme.crm.forecast.boundary.ForecastData;
import com.acme.crm.forecast.boundary.ForecastQueryData;
import com.acme.crm.forecast.boundary.ForecastRowData;
import com.acme.crm.forecast.boundary.Forecasts;
import com.acme.crm.forecast.boundary.MetricOptionsData;
import com.acme.crm.forecast.boundary.Metrics;
import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The forecast of a month or quarter per rep, managers' adjustments, snapshots and their accuracy. */
@Named
@ViewScoped
public class ForecastView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Forecasts forecasts;
    @Inject Metrics metrics;
    @Inject FacesMessages messages;

    private final ForecastQueryData query = new ForecastQueryData();
    private MetricOptionsData options;
    private ForecastData forecast;
    private List<AccuracyData> accuracy = new ArrayList<>();
    private AdjustmentData adjustment;
    private String adjustingName;

    @PostConstruct
    void load() {
        options = metrics.options();
        query.setPeriodKind(PeriodKind.MONTH);
        query.setDay(LocalDate.now());
    }

    /** On opening: ?day=2017-09-01&amp;period=QUARTER picks the period. */
    public void open() {
        refresh();
    }

    public void refresh() {
        try {
            forecast = forecasts.forecast(query);
            ForecastQueryData past = new ForecastQueryData();
            past.setPeriodKind(query.getPeriodKind());
            past.setTeamId(query.getTeamId());
            past.setOwnerId(query.getOwnerId());
            past.setCurrency(forecast.getCurrency());
            accuracy = forecasts.accuracy(past);
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public void previous() {
        query.setDay(LocalDate.parse(forecast.getFrom()).minusDays(1));
        refresh();
    }

    public void next() {
        query.setDay(LocalDate.parse(forecast.getTo()));
        refresh();
    }

    public void snapshot() {
        try {
            int taken = forecasts.takeSnapshot().getSnapshots();
            messages.info("forecast.snapshotsTaken", taken);
            refresh();
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public void startAdjusting(ForecastRowData row) {
        adjustment = new AdjustmentData();
        adjustment.setRepId(row.getRepId());
        adjustment.setPeriodKind(forecast.getPeriodKind());
        adjustment.setDay(LocalDate.parse(forecast.getFrom()));
        adjustment.setCurrency(forecast.getCurrency());
        adjustment.setCommit(row.getForecastCommit());
        adjustment.setBestCase(row.getForecastBestCase());
        adjustment.setNote(row.getAdjustmentNote());
        adjustingName = row.getRepName();
    }

    public void saveAdjustment() {
        try {
            forecasts.adjust(adjustment);
            adjustment = null;
            refresh();
        } catch (BusinessException e) {
            messages.refused(e, Map.of("commit", "adjust:commit", "bestCase", "adjust:bestCase", "note", "adjust:note"));
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    /** Won, forecast (commit) and quota per rep: how each is doing against their number. */
    public String getVersusQuotaChart() {
        List<ForecastRowData> rows = forecast.getRows();
        return ChartJson.bar().labels(rows, ForecastRowData::getRepName).series("Won", rows, ForecastRowData::getWon)
                .series("Commit", rows, ForecastRowData::getForecastCommit).series("Best case", rows, ForecastRowData::getForecastBestCase)
                .series("Quota", rows, ForecastRowData::getQuota).json();
    }

    /** The teams' accuracy per snapshot, over time. */
    public String getAccuracyChart() {
        List<AccuracyData> teams = accuracy.stream().filter(AccuracyData::isTeam).toList();
        return ChartJson.line().labels(teams, a -> a.getPeriod() + " @ " + a.getTakenAt().substring(0, 10) + " " + a.getName())
                .series("Accuracy %", teams, AccuracyData::getAccuracy).percent().json();
    }

    public PeriodKind[] getPeriodKinds() { return PeriodKind.values(); }
    public ForecastQueryData getQuery() { return query; }
    public MetricOptionsData getOptions() { return options; }
    public ForecastData getForecast() { return forecast; }
    public List<AccuracyData> getAccuracy() { return accuracy; }
    public AdjustmentData getAdjustment() { return adjustment; }
    public String getAdjustingName() { return adjustingName; }
}
