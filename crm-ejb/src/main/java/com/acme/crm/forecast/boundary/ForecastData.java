package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The forecast for one period and scope: a row per rep, a row per team and the total; amounts in {@code currency}. */
public class ForecastData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String period;
    private PeriodKind periodKind;
    private String from;
    private String to;
    private String currency;
    private String scope;
    private boolean canAdjust;
    private List<ForecastRowData> rows = new ArrayList<>();
    private ForecastRowData total;
    private List<ForecastRowData> teams = new ArrayList<>();

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public PeriodKind getPeriodKind() { return periodKind; }
    public void setPeriodKind(PeriodKind periodKind) { this.periodKind = periodKind; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public boolean isCanAdjust() { return canAdjust; }
    public void setCanAdjust(boolean canAdjust) { this.canAdjust = canAdjust; }
    public List<ForecastRowData> getRows() { return rows; }
    public void setRows(List<ForecastRowData> rows) { this.rows = rows; }
    public ForecastRowData getTotal() { return total; }
    public void setTotal(ForecastRowData total) { this.total = total; }
    /** Each team's sum of its reps' rows (adjusted figures included), by name; a rep gets their team's. */
    public List<ForecastRowData> getTeams() { return teams; }
    public void setTeams(List<ForecastRowData> teams) { this.teams = teams; }
}
