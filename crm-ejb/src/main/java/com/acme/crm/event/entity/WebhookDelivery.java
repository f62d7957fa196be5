package com.acme.crm.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One event for one hook: pending until the receiver answered 2xx, retried with growing pauses, given up after the last. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status { PENDING, DELIVERED, FAILED }

    /** The pause before each retry: 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h; after the eighth attempt the delivery has failed. */
    public static final List<Duration> BACK_OFF = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));

    /** How long a sending instance holds a delivery: another instance takes it over after that (a crash while sending). */
    public static final Duration LEASE = Duration.ofMinutes(2);

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "webhook_id", nullable = false, updatable = false)
    private Webhook webhook;

    @Column(name = "event_position", nullable = false, updatable = false) private long eventPosition;
    @Column(name = "event_id", nullable = false, updatable = false, length = 36) private String eventId;
    @Column(name = "event_type", nullable = false, updatable = false, length = 80) private String eventType;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20) private Status status;
    @Column(name = "attempts", nullable = false) private int attempts;
    @Column(name = "next_attempt_at") private Instant nextAttemptAt;
    @Column(name = "last_attempt_at") private Instant lastAttemptAt;
    @Column(name = "last_status") private Integer lastStatus;
    @Column(name = "last_error", length = 300) private String lastError;
    @Column(name = "delivered_at") private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(Webhook webhook, BusinessEvent event, Instant now) {
        this.webhook = webhook;
        this.eventPosition = event.getPosition();
        this.eventId = event.getEventId();
        this.eventType = event.getType();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && webhook.isActive() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** Taken by an instance for one attempt: nobody else tries it before the lease ends. */
    public void lease(Instant now) {
        nextAttemptAt = now.plus(LEASE);
    }

    public void succeeded(Instant now, int httpStatus) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = httpStatus;
        lastError = null;
        status = Status.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    public void failed(Instant now, Integer httpStatus, String why) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = httpStatus;
        lastError = why == null ? null : why.length() > 300 ? why.substring(0, 297) + "..." : why;
        if (attempts > BACK_OFF.size()) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(BACK_OFF.get(attempts - 1));
        }
    }

    public Long getId() { return id; }
    public Webhook getWebhook() { return webhook; }
    public long getEventPosition() { return eventPosition; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
