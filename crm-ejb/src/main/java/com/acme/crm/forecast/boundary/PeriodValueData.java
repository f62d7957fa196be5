package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One month (yyyy-MM; empty: no date) or other bucket of deals: how many, their amount, weighted amount, won and lost. */
public class PeriodValueData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String period;
    private long deals;
    private BigDecimal amount;
    private BigDecimal weighted;
    private long won;
    private long lost;
    private BigDecimal winRate;
    private BigDecimal commit;
    private BigDecimal quota;

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public long getDeals() { return deals; }
    public void setDeals(long deals) { this.deals = deals; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getWeighted() { return weighted; }
    public void setWeighted(BigDecimal weighted) { this.weighted = weighted; }
    public long getWon() { return won; }
    public void setWon(long won) { this.won = won; }
    public long getLost() { return lost; }
    public void setLost(long lost) { this.lost = lost; }
    public BigDecimal getWinRate() { return winRate; }
    public void setWinRate(BigDecimal winRate) { this.winRate = winRate; }
    /** Won plus the open deals committed for the month: the forecast. */
    public BigDecimal getCommit() { return commit; }
    public void setCommit(BigDecimal commit) { this.commit = commit; }
    public BigDecimal getQuota() { return quota; }
    public void setQuota(BigDecimal quota) { this.quota = quota; }
}
