package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A rep's quota for one month. */
public class QuotaData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long repId;
    private String repName;
    private java.time.LocalDate month;
    private BigDecimal amount;
    @com.acme.crm.shared.api.CurrencyCode
    private String currency;

    public long getRepId() { return repId; }
    public void setRepId(long repId) { this.repId = repId; }
    public String getRepName() { return repName; }
    public void setRepName(String repName) { this.repName = repName; }
    public java.time.LocalDate getMonth() { return month; }
    public void setMonth(java.time.LocalDate month) { this.month = month; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
}
