package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** Time spent in one stage: stays ended in the period, median and mean days; open deals now over the stage's limit. */
public class StageTimeData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String stage;
    private Integer maxDays;
    private long stays;
    private BigDecimal medianDays;
    private BigDecimal meanDays;
    private long overLimit;

    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public Integer getMaxDays() { return maxDays; }
    public void setMaxDays(Integer maxDays) { this.maxDays = maxDays; }
    public long getStays() { return stays; }
    public void setStays(long stays) { this.stays = stays; }
    public BigDecimal getMedianDays() { return medianDays; }
    public void setMedianDays(BigDecimal medianDays) { this.medianDays = medianDays; }
    public BigDecimal getMeanDays() { return meanDays; }
    public void setMeanDays(BigDecimal meanDays) { this.meanDays = meanDays; }
    public long getOverLimit() { return overLimit; }
    public void setOverLimit(long overLimit) { this.overLimit = overLimit; }
}
