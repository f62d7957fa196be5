package com.acme.crm.notification.entity;

import com.acme.crm.security.entity.CrmUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app message to one user. The topic names the occurrence it is about (e.g. deal 7
 * stale since a given day); the database keeps one notification per user and topic, so
 * a check that runs again, or on another instance, never notifies twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private CrmUser user;
    @Column(name = "topic", nullable = false, length = 200) private String topic;
    @Column(name = "message", nullable = false, length = 500) private String message;
    @Column(name = "opportunity_id") private Long opportunityId;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "read_at") private Instant readAt;

    protected Notification() {
    }

    public Notification(CrmUser user, String topic, String message, Long opportunityId, Instant createdAt) {
        this.user = user;
        this.topic = topic;
        this.message = message.length() > 500 ? message.substring(0, 497) + "..." : message;
        this.opportunityId = opportunityId;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public CrmUser getUser() { return user; }
    public String getTopic() { return topic; }
    public String getMessage() { return message; }
    public Long getOpportunityId() { return opportunityId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
