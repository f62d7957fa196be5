package com.acme.crm.activity.entity;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.activity.boundary.ActivityType;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A call, e-mail, meeting or task regarding a lead, contact, account or opportunity. When a
 * lead is converted its activities follow it to the contact, account and opportunity, and
 * keep the lead too, so the history reads from the first call on.
 */
@Entity
@Table(name = "activity")
public class Activity extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 10) private ActivityType type;
    @Column(name = "subject", nullable = false, length = 200) private String subject;
    @Column(name = "notes", length = 4000) private String notes;
    @Column(name = "starts_at", nullable = false) private LocalDateTime startsAt;
    @Column(name = "duration_minutes") private Integer durationMinutes;
    @Column(name = "outcome", length = 500) private String outcome;
    @Column(name = "done", nullable = false) private boolean done;

    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "lead_id") private Lead lead;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "contact_id") private Contact contact;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "account_id") private Account account;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "opportunity_id") private Opportunity opportunity;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;

    protected Activity() {
    }

    public Activity(ActivityType type, String subject, LocalDateTime startsAt, CrmUser owner) {
        this.type = type;
        this.subject = subject;
        this.startsAt = startsAt;
        this.owner = owner;
    }

    public void describe(ActivityType newType, String newSubject, String newNotes, LocalDateTime newStartsAt,
            Integer newDurationMinutes) {
        type = newType;
        subject = newSubject;
        notes = newNotes;
        startsAt = newStartsAt;
        durationMinutes = newDurationMinutes;
    }

    public void record(boolean isDone, String newOutcome) {
        done = isDone;
        outcome = newOutcome;
    }

    public void regard(Lead newLead, Contact newContact, Account newAccount, Opportunity newOpportunity) {
        lead = newLead;
        contact = newContact;
        account = newAccount;
        opportunity = newOpportunity;
    }

    /** The converted lead's history continues on what it became. */
    public void followConversion(Contact newContact, Account newAccount, Opportunity newOpportunity) {
        contact = newContact;
        account = newAccount;
        opportunity = newOpportunity;
    }

    public boolean isOverdue(LocalDateTime now) {
        return !done && startsAt.isBefore(now);
    }

    @Override
    public Long getId() { return id; }
    public ActivityType getType() { return type; }
    public String getSubject() { return subject; }
    public String getNotes() { return notes; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public String getOutcome() { return outcome; }
    public boolean isDone() { return done; }
    public Lead getLead() { return lead; }
    public Contact getContact() { return contact; }
    public Account getAccount() { return account; }
    public Opportunity getOpportunity() { return opportunity; }
    public CrmUser getOwner() { return owner; }
}
