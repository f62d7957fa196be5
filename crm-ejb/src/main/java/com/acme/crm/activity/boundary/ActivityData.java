package com.acme.crm.activity.boundary;

import com.acme.crm.shared.api.InputDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A call, e-mail, meeting or task, regarding a lead, contact, account or opportunity (at
 * least one). {@code startsAt} is the due time of a task or the start of a meeting or call,
 * in the server's time zone; {@code done} marks it completed, with its outcome.
 */
public class ActivityData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotNull
    private ActivityType type = ActivityType.CALL;
    @NotBlank
    @Size(max = 200)
    private String subject;
    @Size(max = 4000)
    private String notes;
    @NotNull
    @InputDate
    private LocalDateTime startsAt;
    @PositiveOrZero
    private Integer durationMinutes;
    @Size(max = 500)
    private String outcome;
    private boolean done;
    private Long leadId;
    private Long contactId;
    private Long accountId;
    private Long opportunityId;
    private String regarding;
    private Long ownerId;
    private String ownerName;
    private boolean overdue;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isDone() { return done; }
    public void setDone(boolean done) { this.done = done; }
    public Long getLeadId() { return leadId; }
    public void setLeadId(Long leadId) { this.leadId = leadId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public Long getOpportunityId() { return opportunityId; }
    public void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    public String getRegarding() { return regarding; }
    public void setRegarding(String regarding) { this.regarding = regarding; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
