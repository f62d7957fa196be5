package com.acme.crm.event.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A webhook as admins see it; the secret is shown once, in the answer that registered the hook. */
public class WebhookData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required: the receiver's http or https address")
    @Size(max = 500, message = "has at most 500 characters")
    private String url;
    /** Event types, e.g. com.acme.crm.deal.won; empty: every type. */
    private ArrayList<String> eventTypes = new ArrayList<>();
    private boolean active = true;
    private String secret;
    private Instant pausedAt;
    private String pauseReason;
    private int consecutiveFailures;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public List<String> getEventTypes() { return eventTypes; }
    public void setEventTypes(List<String> eventTypes) { this.eventTypes = eventTypes == null ? new ArrayList<>() : new ArrayList<>(eventTypes); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public Instant getPausedAt() { return pausedAt; }
    public void setPausedAt(Instant pausedAt) { this.pausedAt = pausedAt; }
    public String getPauseReason() { return pauseReason; }
    public void setPauseReason(String pauseReason) { this.pauseReason = pauseReason; }
    public int getConsecutiveFailures() { return consecutiveFailures; }
    public void setConsecutiveFailures(int consecutiveFailures) { this.consecutiveFailures = consecutiveFailures; }
}
