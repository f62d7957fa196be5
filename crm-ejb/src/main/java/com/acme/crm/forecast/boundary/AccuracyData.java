package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** How close one snapshot of a closed period came to what was won: per rep, or per team (the sum of its reps). */
public class AccuracyData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String period;
    private String takenAt;
    private String reason;
    private String name;
    private boolean team;
    private BigDecimal forecast;
    private BigDecimal actual;
    private BigDecimal accuracy;

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getTakenAt() { return takenAt; }
    public void setTakenAt(String takenAt) { this.takenAt = takenAt; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isTeam() { return team; }
    public void setTeam(boolean team) { this.team = team; }
    public BigDecimal getForecast() { return forecast; }
    public void setForecast(BigDecimal forecast) { this.forecast = forecast; }
    public BigDecimal getActual() { return actual; }
    public void setActual(BigDecimal actual) { this.actual = actual; }
    public BigDecimal getAccuracy() { return accuracy; }
    public void setAccuracy(BigDecimal accuracy) { this.accuracy = accuracy; }
}
