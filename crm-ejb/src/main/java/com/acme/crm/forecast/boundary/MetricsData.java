package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The sales metrics for one filter; each figure is defined in {@link Metric}. Rates are percentages (two decimals), amounts in {@code currency}; null: nothing to compute from. */
public class MetricsData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String from;
    private String to;
    private String currency;
    private String scope;
    private long leadsCreated;
    private long leadsConverted;
    private BigDecimal leadConversionRate;
    private List<RateData> leadSources = new ArrayList<>();
    private List<RateData> stageConversions = new ArrayList<>();
    private long won;
    private long lost;
    private BigDecimal winRate;
    private long wonInCurrency;
    private BigDecimal wonAmount;
    private BigDecimal averageDealSize;
    private BigDecimal medianDealSize;
    private BigDecimal meanCycleDays;
    private BigDecimal medianCycleDays;
    private List<StageTimeData> stageTimes = new ArrayList<>();
    private long openDeals;
    private BigDecimal velocityPerDay;
    private BigDecimal velocityPerMonth;
    private BigDecimal pipelineValue;
    private BigDecimal weightedPipeline;
    private List<PeriodValueData> pipelineByMonth = new ArrayList<>();
    private List<PeriodValueData> closedByMonth = new ArrayList<>();
    private List<PeriodValueData> pipelineByStage = new ArrayList<>();
    private List<PeriodValueData> forecastByMonth = new ArrayList<>();
    private BigDecimal quota;
    private BigDecimal quotaAttainment;
    private long customersAtStart;
    private long customersAtEnd;
    private long newCustomers;
    private BigDecimal retentionRate;
    private long resolvedRequests;
    private BigDecimal slaCompliance;
    private BigDecimal meanResponseMinutes;
    private BigDecimal meanResolutionMinutes;
    private BigDecimal satisfaction;
    private long staleDeals;
    private long slaBreaches;

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public long getLeadsCreated() { return leadsCreated; }
    public void setLeadsCreated(long leadsCreated) { this.leadsCreated = leadsCreated; }
    public long getLeadsConverted() { return leadsConverted; }
    public void setLeadsConverted(long leadsConverted) { this.leadsConverted = leadsConverted; }
    public BigDecimal getLeadConversionRate() { return leadConversionRate; }
    public void setLeadConversionRate(BigDecimal leadConversionRate) { this.leadConversionRate = leadConversionRate; }
    public List<RateData> getLeadSources() { return leadSources; }
    public void setLeadSources(List<RateData> leadSources) { this.leadSources = leadSources; }
    public List<RateData> getStageConversions() { return stageConversions; }
    public void setStageConversions(List<RateData> stageConversions) { this.stageConversions = stageConversions; }
    public long getWon() { return won; }
    public void setWon(long won) { this.won = won; }
    public long getLost() { return lost; }
    public void setLost(long lost) { this.lost = lost; }
    public BigDecimal getWinRate() { return winRate; }
    public void setWinRate(BigDecimal winRate) { this.winRate = winRate; }
    public long getWonInCurrency() { return wonInCurrency; }
    public void setWonInCurrency(long wonInCurrency) { this.wonInCurrency = wonInCurrency; }
    public BigDecimal getWonAmount() { return wonAmount; }
    public void setWonAmount(BigDecimal wonAmount) { this.wonAmount = wonAmount; }
    public BigDecimal getAverageDealSize() { return averageDealSize; }
    public void setAverageDealSize(BigDecimal averageDealSize) { this.averageDealSize = averageDealSize; }
    public BigDecimal getMedianDealSize() { return medianDealSize; }
    public void setMedianDealSize(BigDecimal medianDealSize) { this.medianDealSize = medianDealSize; }
    public BigDecimal getMeanCycleDays() { return meanCycleDays; }
    public void setMeanCycleDays(BigDecimal meanCycleDays) { this.meanCycleDays = meanCycleDays; }
    public BigDecimal getMedianCycleDays() { return medianCycleDays; }
    public void setMedianCycleDays(BigDecimal medianCycleDays) { this.medianCycleDays = medianCycleDays; }
    public List<StageTimeData> getStageTimes() { return stageTimes; }
    public void setStageTimes(List<StageTimeData> stageTimes) { this.stageTimes = stageTimes; }
    public long getOpenDeals() { return openDeals; }
    public void setOpenDeals(long openDeals) { this.openDeals = openDeals; }
    public BigDecimal getVelocityPerDay() { return velocityPerDay; }
    public void setVelocityPerDay(BigDecimal velocityPerDay) { this.velocityPerDay = velocityPerDay; }
    public BigDecimal getVelocityPerMonth() { return velocityPerMonth; }
    public void setVelocityPerMonth(BigDecimal velocityPerMonth) { this.velocityPerMonth = velocityPerMonth; }
    public BigDecimal getPipelineValue() { return pipelineValue; }
    public void setPipelineValue(BigDecimal pipelineValue) { this.pipelineValue = pipelineValue; }
    public BigDecimal getWeightedPipeline() { return weightedPipeline; }
    public void setWeightedPipeline(BigDecimal weightedPipeline) { this.weightedPipeline = weightedPipeline; }
    public List<PeriodValueData> getPipelineByMonth() { return pipelineByMonth; }
    public void setPipelineByMonth(List<PeriodValueData> pipelineByMonth) { this.pipelineByMonth = pipelineByMonth; }
    /** Per month of the period: won, forecast (won + committed open deals) and quota. */
    public List<PeriodValueData> getForecastByMonth() { return forecastByMonth; }
    public void setForecastByMonth(List<PeriodValueData> forecastByMonth) { this.forecastByMonth = forecastByMonth; }
    public List<PeriodValueData> getPipelineByStage() { return pipelineByStage; }
    public void setPipelineByStage(List<PeriodValueData> pipelineByStage) { this.pipelineByStage = pipelineByStage; }
    public List<PeriodValueData> getClosedByMonth() { return closedByMonth; }
    public void setClosedByMonth(List<PeriodValueData> closedByMonth) { this.closedByMonth = closedByMonth; }
    public BigDecimal getQuota() { return quota; }
    public void setQuota(BigDecimal quota) { this.quota = quota; }
    public BigDecimal getQuotaAttainment() { return quotaAttainment; }
    public void setQuotaAttainment(BigDecimal quotaAttainment) { this.quotaAttainment = quotaAttainment; }
    public long getCustomersAtStart() { return customersAtStart; }
    public void setCustomersAtStart(long customersAtStart) { this.customersAtStart = customersAtStart; }
    public long getCustomersAtEnd() { return customersAtEnd; }
    public void setCustomersAtEnd(long customersAtEnd) { this.customersAtEnd = customersAtEnd; }
    public long getNewCustomers() { return newCustomers; }
    public void setNewCustomers(long newCustomers) { this.newCustomers = newCustomers; }
    public BigDecimal getRetentionRate() { return retentionRate; }
    public void setRetentionRate(BigDecimal retentionRate) { this.retentionRate = retentionRate; }
    public long getResolvedRequests() { return resolvedRequests; }
    public void setResolvedRequests(long resolvedRequests) { this.resolvedRequests = resolvedRequests; }
    public BigDecimal getSlaCompliance() { return slaCompliance; }
    public void setSlaCompliance(BigDecimal slaCompliance) { this.slaCompliance = slaCompliance; }
    public BigDecimal getMeanResponseMinutes() { return meanResponseMinutes; }
    public void setMeanResponseMinutes(BigDecimal meanResponseMinutes) { this.meanResponseMinutes = meanResponseMinutes; }
    public BigDecimal getMeanResolutionMinutes() { return meanResolutionMinutes; }
    public void setMeanResolutionMinutes(BigDecimal meanResolutionMinutes) { this.meanResolutionMinutes = meanResolutionMinutes; }
    public BigDecimal getSatisfaction() { return satisfaction; }
    public void setSatisfaction(BigDecimal satisfaction) { this.satisfaction = satisfaction; }
    public long getStaleDeals() { return staleDeals; }
    public void setStaleDeals(long staleDeals) { this.staleDeals = staleDeals; }
    public long getSlaBreaches() { return slaBreaches; }
    public void setSlaBreaches(long slaBreaches) { this.slaBreaches = slaBreaches; }
}
