package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** Of a group (a lead source, a pair of stages): how many started, how many got through, the share in percent. */
public class RateData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private long started;
    private long converted;
    private BigDecimal rate;

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public long getStarted() { return started; }
    public void setStarted(long started) { this.started = started; }
    public long getConverted() { return converted; }
    public void setConverted(long converted) { this.converted = converted; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
}
