package com.acme.crm.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One business event in the outbox: made with the change it announces, published once it committed. */
@Entity
@Table(name = "business_event")
public class BusinessEvent {

    @Id
    @SequenceGenerator(name = "business_event_seq", sequenceName = "business_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_event_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36) private String eventId;
    @Column(name = "type", nullable = false, updatable = false, length = 80) private String type;
    @Column(name = "record_type", nullable = false, updatable = false, length = 40) private String recordType;
    @Column(name = "record_id", nullable = false, updatable = false) private long recordId;
    @Column(name = "owner_id", updatable = false) private Long ownerId;
    @Column(name = "team_id", updatable = false) private Long teamId;
    @Column(name = "occurred_at", nullable = false, updatable = false) private Instant occurredAt;
    @Column(name = "cloud_event", nullable = false, updatable = false, length = 8000) private String cloudEvent;
    @Column(name = "position") private Long position;
    @Column(name = "published_at") private Instant publishedAt;

    protected BusinessEvent() {
    }

    public BusinessEvent(String eventId, String type, String recordType, long recordId, Long ownerId, Long teamId,
            Instant occurredAt, String cloudEvent) {
        this.eventId = eventId;
        this.type = type;
        this.recordType = recordType;
        this.recordId = recordId;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.occurredAt = occurredAt;
        this.cloudEvent = cloudEvent;
    }

    /** Published at the given position of the stream (gapless, in the order of publication). */
    public void published(long at, Instant when) {
        position = at;
        publishedAt = when;
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public String getType() { return type; }
    public String getRecordType() { return recordType; }
    public long getRecordId() { return recordId; }
    public Long getOwnerId() { return ownerId; }
    public Long getTeamId() { return teamId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getCloudEvent() { return cloudEvent; }
    public Long getPosition() { return position; }
    public Instant getPublishedAt() { return publishedAt; }
}
