package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One rep's (or the team total's) forecast for a period: won so far, commit and best case (won included), open pipeline and weighted, quota and attainment; a manager's adjustment beside the rep's own figures. */
public class ForecastRowData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long repId;
    private String repName;
    private String teamName;
    private boolean total;
    private BigDecimal won;
    private BigDecimal commit;
    private BigDecimal bestCase;
    private BigDecimal pipeline;
    private BigDecimal weighted;
    private BigDecimal quota;
    private BigDecimal attainment;
    private BigDecimal adjustedCommit;
    private BigDecimal adjustedBestCase;
    private String adjustmentNote;
    private String adjustedBy;
    private BigDecimal forecastCommit;
    private BigDecimal forecastBestCase;

    public Long getRepId() { return repId; }
    public void setRepId(Long repId) { this.repId = repId; }
    public String getRepName() { return repName; }
    public void setRepName(String repName) { this.repName = repName; }
    public String getTeamName() { return teamName; }
    public void setTeamName(String teamName) { this.teamName = teamName; }
    public boolean isTotal() { return total; }
    public void setTotal(boolean total) { this.total = total; }
    public BigDecimal getWon() { return won; }
    public void setWon(BigDecimal won) { this.won = won; }
    public BigDecimal getCommit() { return commit; }
    public void setCommit(BigDecimal commit) { this.commit = commit; }
    public BigDecimal getBestCase() { return bestCase; }
    public void setBestCase(BigDecimal bestCase) { this.bestCase = bestCase; }
    public BigDecimal getPipeline() { return pipeline; }
    public void setPipeline(BigDecimal pipeline) { this.pipeline = pipeline; }
    public BigDecimal getWeighted() { return weighted; }
    public void setWeighted(BigDecimal weighted) { this.weighted = weighted; }
    public BigDecimal getQuota() { return quota; }
    public void setQuota(BigDecimal quota) { this.quota = quota; }
    public BigDecimal getAttainment() { return attainment; }
    public void setAttainment(BigDecimal attainment) { this.attainment = attainment; }
    public BigDecimal getAdjustedCommit() { return adjustedCommit; }
    public void setAdjustedCommit(BigDecimal adjustedCommit) { this.adjustedCommit = adjustedCommit; }
    public BigDecimal getAdjustedBestCase() { return adjustedBestCase; }
    public void setAdjustedBestCase(BigDecimal adjustedBestCase) { this.adjustedBestCase = adjustedBestCase; }
    public String getAdjustmentNote() { return adjustmentNote; }
    public void setAdjustmentNote(String adjustmentNote) { this.adjustmentNote = adjustmentNote; }
    public String getAdjustedBy() { return adjustedBy; }
    public void setAdjustedBy(String adjustedBy) { this.adjustedBy = adjustedBy; }
    public BigDecimal getForecastCommit() { return forecastCommit; }
    public void setForecastCommit(BigDecimal forecastCommit) { this.forecastCommit = forecastCommit; }
    public BigDecimal getForecastBestCase() { return forecastBestCase; }
    public void setForecastBestCase(BigDecimal forecastBestCase) { this.forecastBestCase = forecastBestCase; }
}
