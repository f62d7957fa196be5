package com.acme.crm.service.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Business hours and days, holidays, SLA targets per priority, and the after-sale rules. */
public class ServiceSettingsData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    @NotBlank(message = "is required, e.g. Europe/Berlin")
    private String timeZone;
    @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 08:00")
    private String workStart;
    @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 18:00")
    private String workEnd;
    @NotEmpty(message = "choose at least one working day")
    private ArrayList<String> workDays = new ArrayList<>();
    @Min(value = 0, message = "must not be negative")
    private int reopenDays;
    @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = 100, message = "must be between 1 and 100")
    private int atRiskPercent;
    private boolean autoAssign;
    @Min(value = 0, message = "must not be negative")
    private int followUpDays;
    @Min(value = 0, message = "must not be negative")
    private int renewalDays;
    @Valid
    private ArrayList<SlaTargetData> targets = new ArrayList<>();
    private ArrayList<HolidayData> holidays = new ArrayList<>();

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getWorkStart() { return workStart; }
    public void setWorkStart(String workStart) { this.workStart = workStart; }
    public String getWorkEnd() { return workEnd; }
    public void setWorkEnd(String workEnd) { this.workEnd = workEnd; }
    public List<String> getWorkDays() { return workDays; }
    public void setWorkDays(List<String> workDays) { this.workDays = workDays == null ? new ArrayList<>() : new ArrayList<>(workDays); }
    public int getReopenDays() { return reopenDays; }
    public void setReopenDays(int reopenDays) { this.reopenDays = reopenDays; }
    public int getAtRiskPercent() { return atRiskPercent; }
    public void setAtRiskPercent(int atRiskPercent) { this.atRiskPercent = atRiskPercent; }
    public boolean isAutoAssign() { return autoAssign; }
    public void setAutoAssign(boolean autoAssign) { this.autoAssign = autoAssign; }
    public int getFollowUpDays() { return followUpDays; }
    public void setFollowUpDays(int followUpDays) { this.followUpDays = followUpDays; }
    public int getRenewalDays() { return renewalDays; }
    public void setRenewalDays(int renewalDays) { this.renewalDays = renewalDays; }
    public List<SlaTargetData> getTargets() { return targets; }
    public void setTargets(List<SlaTargetData> targets) { this.targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets); }
    public List<HolidayData> getHolidays() { return holidays; }
    public void setHolidays(List<HolidayData> holidays) { this.holidays = holidays == null ? new ArrayList<>() : new ArrayList<>(holidays); }
}
