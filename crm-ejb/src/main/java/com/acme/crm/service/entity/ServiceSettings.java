package com.acme.crm.service.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row: business hours and days, reopening window, at-risk share, automatic assignment. */
@Entity
@Table(name = "service_settings")
public class ServiceSettings extends AuditedEntity {

    public static final long ID = 1L;

    @Id private Long id;
    @Column(name = "time_zone", nullable = false, length = 40) private String timeZone;
    @Column(name = "work_start", nullable = false, length = 5) private String workStart;
    @Column(name = "work_end", nullable = false, length = 5) private String workEnd;
    @Column(name = "work_days", nullable = false, length = 80) private String workDays;
    @Column(name = "reopen_days", nullable = false) private int reopenDays;
    @Column(name = "at_risk_percent", nullable = false) private int atRiskPercent;
    @Column(name = "auto_assign", nullable = false) private boolean autoAssign;
    /** Days after a won deal when the owner follows up (satisfaction, adoption). */
    @Column(name = "follow_up_days", nullable = false) private int followUpDays;
    /** Days before a contract ends when its renewal deal is opened. */
    @Column(name = "renewal_days", nullable = false) private int renewalDays;
    /** Whose turn it was last in automatic (round-robin) assignment. */
    @Column(name = "last_auto_assignee_id") private Long lastAutoAssigneeId;

    protected ServiceSettings() {
    }

    public void change(String zone, String start, String end, String days, int reopen, int atRisk, boolean assignAutomatically,
            int followUp, int renewal) {
        timeZone = zone;
        workStart = start;
        workEnd = end;
        workDays = days;
        reopenDays = reopen;
        atRiskPercent = atRisk;
        autoAssign = assignAutomatically;
        followUpDays = followUp;
        renewalDays = renewal;
    }

    @Override
    public Long getId() { return id; }
    public String getTimeZone() { return timeZone; }
    public String getWorkStart() { return workStart; }
    public String getWorkEnd() { return workEnd; }
    public String getWorkDays() { return workDays; }
    public int getReopenDays() { return reopenDays; }
    public int getAtRiskPercent() { return atRiskPercent; }
    public boolean isAutoAssign() { return autoAssign; }
    public int getFollowUpDays() { return followUpDays; }
    public int getRenewalDays() { return renewalDays; }
    public Long getLastAutoAssigneeId() { return lastAutoAssigneeId; }

    public void autoAssigned(long agentId) {
        lastAutoAssigneeId = agentId;
    }
}
