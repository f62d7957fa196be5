package com.acme.crm.lead.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * How leads are scored and when they may be qualified: the most points each factor gives,
 * the hot and warm thresholds, the target industries (comma-separated) and the BANT minimum.
 */
public class LeadSettingsData implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(0) @Max(100) private int budgetWeight;
    @Min(0) @Max(100) private int authorityWeight;
    @Min(0) @Max(100) private int needWeight;
    @Min(0) @Max(100) private int timelineWeight;
    @Min(0) @Max(100) private int fitWeight;
    @Min(0) @Max(100) private int engagementWeight;
    @Min(0) @Max(100) private int hotThreshold;
    @Min(0) @Max(100) private int warmThreshold;
    @Size(max = 1000) private String targetIndustries;
    private boolean requireNeed;
    private boolean requireTimeline;
    private boolean requireBudgetOrAuthority;
    private Long version;

    public int getBudgetWeight() { return budgetWeight; }
    public void setBudgetWeight(int v) { budgetWeight = v; }
    public int getAuthorityWeight() { return authorityWeight; }
    public void setAuthorityWeight(int v) { authorityWeight = v; }
    public int getNeedWeight() { return needWeight; }
    public void setNeedWeight(int v) { needWeight = v; }
    public int getTimelineWeight() { return timelineWeight; }
    public void setTimelineWeight(int v) { timelineWeight = v; }
    public int getFitWeight() { return fitWeight; }
    public void setFitWeight(int v) { fitWeight = v; }
    public int getEngagementWeight() { return engagementWeight; }
    public void setEngagementWeight(int v) { engagementWeight = v; }
    public int getHotThreshold() { return hotThreshold; }
    public void setHotThreshold(int v) { hotThreshold = v; }
    public int getWarmThreshold() { return warmThreshold; }
    public void setWarmThreshold(int v) { warmThreshold = v; }
    public String getTargetIndustries() { return targetIndustries; }
    public void setTargetIndustries(String v) { targetIndustries = v; }
    public boolean isRequireNeed() { return requireNeed; }
    public void setRequireNeed(boolean v) { requireNeed = v; }
    public boolean isRequireTimeline() { return requireTimeline; }
    public void setRequireTimeline(boolean v) { requireTimeline = v; }
    public boolean isRequireBudgetOrAuthority() { return requireBudgetOrAuthority; }
    public void setRequireBudgetOrAuthority(boolean v) { requireBudgetOrAuthority = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
