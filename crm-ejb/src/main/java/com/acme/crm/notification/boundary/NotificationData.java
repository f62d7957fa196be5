package com.acme.crm.notification.boundary;

import java.io.Serializable;

/** A notification as its recipient sees it. */
public class NotificationData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private String message;
    private Long opportunityId;
    private String createdAt;
    private boolean read;

    public NotificationData() {
    }

    public NotificationData(long id, String message, Long opportunityId, String createdAt, boolean read) {
        this.id = id;
        this.message = message;
        this.opportunityId = opportunityId;
        this.createdAt = createdAt;
        this.read = read;
    }

    public long getId() { return id; }
    public String getMessage() { return message; }
    public Long getOpportunityId() { return opportunityId; }
    public String getCreatedAt() { return createdAt; }
    public boolean isRead() { return read; }
}
