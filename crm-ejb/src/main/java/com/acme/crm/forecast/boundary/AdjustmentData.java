package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A manager's adjustment of a rep's commit and best case for a period, with the reason. */
public class AdjustmentData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long repId;
    private PeriodKind periodKind;
    private java.time.LocalDate day;
    @com.acme.crm.shared.api.CurrencyCode
    private String currency;
    private BigDecimal commit;
    private BigDecimal bestCase;
    private String note;

    public long getRepId() { return repId; }
    public void setRepId(long repId) { this.repId = repId; }
    public PeriodKind getPeriodKind() { return periodKind; }
    public void setPeriodKind(PeriodKind periodKind) { this.periodKind = periodKind; }
    public java.time.LocalDate getDay() { return day; }
    public void setDay(java.time.LocalDate day) { this.day = day; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BigDecimal getCommit() { return commit; }
    public void setCommit(BigDecimal commit) { this.commit = commit; }
    public BigDecimal getBestCase() { return bestCase; }
    public void setBestCase(BigDecimal bestCase) { this.bestCase = bestCase; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
