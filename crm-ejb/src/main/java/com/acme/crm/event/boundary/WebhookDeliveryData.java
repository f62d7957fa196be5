package com.acme.crm.event.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One event for one hook and how sending it went. */
public class WebhookDeliveryData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private long eventPosition;
    private String eventId;
    private String eventType;
    private String status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private Integer lastStatus;
    private String lastError;
    private Instant deliveredAt;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getEventPosition() { return eventPosition; }
    public void setEventPosition(long eventPosition) { this.eventPosition = eventPosition; }
    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public void setLastAttemptAt(Instant lastAttemptAt) { this.lastAttemptAt = lastAttemptAt; }
    public Integer getLastStatus() { return lastStatus; }
    public void setLastStatus(Integer lastStatus) { this.lastStatus = lastStatus; }
    public String getLastError() { return lastError; }
    public void setLastError(String lastError) { this.lastError = lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(Instant deliveredAt) { this.deliveredAt = deliveredAt; }
}
