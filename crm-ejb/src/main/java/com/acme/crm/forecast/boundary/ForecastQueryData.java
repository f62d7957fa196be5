package com.acme.crm.forecast.boundary;

import java.io.Serializable;

/** Which forecast: a period (kind and any day in it; default: this month), team or rep, currency. */
public class ForecastQueryData implements Serializable {

    private static final long serialVersionUID = 1L;

    private PeriodKind periodKind;
    private java.time.LocalDate day;
    private Long teamId;
    private Long ownerId;
    @com.acme.crm.shared.api.CurrencyCode
    private String currency;

    public PeriodKind getPeriodKind() { return periodKind; }
    public void setPeriodKind(PeriodKind periodKind) { this.periodKind = periodKind; }
    public java.time.LocalDate getDay() { return day; }
    public void setDay(java.time.LocalDate day) { this.day = day; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
}
