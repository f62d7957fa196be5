package com.acme.crm.event.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A receiver of business events over HTTP: its URL, the event types it wants (none: all), its signing secret. */
@Entity
@Table(name = "webhook")
public class Webhook extends AuditedEntity {

    /** Consecutive failed attempts after which a hook is paused, so that a dead receiver is not retried forever. */
    public static final int PAUSE_AFTER_FAILURES = 10;

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(name = "url", nullable = false, length = 500) private String url;
    @Column(name = "event_types", nullable = false, length = 4000) private String eventTypes;
    @Column(name = "secret", nullable = false, updatable = false, length = 100) private String secret;
    @Column(name = "active", nullable = false) private boolean active;
    @Column(name = "paused_at") private Instant pausedAt;
    @Column(name = "pause_reason", length = 300) private String pauseReason;
    @Column(name = "consecutive_failures", nullable = false) private int consecutiveFailures;

    protected Webhook() {
    }

    public Webhook(String url, List<String> types, String secret) {
        this.secret = secret;
        this.active = true;
        describe(url, types);
    }

    public void describe(String newUrl, List<String> types) {
        url = newUrl;
        eventTypes = String.join(",", types);
    }

    public boolean wants(String type) {
        return eventTypes.isEmpty() || getEventTypes().contains(type);
    }

    /** Switched on again by an admin (after a pause: the failures are forgotten and what it missed is sent) or off. */
    public void activate(boolean on) {
        active = on;
        pausedAt = null; // switched off by hand: no longer collecting; switched on: sending again
        pauseReason = null;
        if (on) {
            consecutiveFailures = 0;
        }
    }

    public void delivered() {
        consecutiveFailures = 0;
    }

    /** A failed attempt; true when it paused the hook. */
    public boolean failed(Instant now, String why) {
        consecutiveFailures++;
        if (active && consecutiveFailures >= PAUSE_AFTER_FAILURES) {
            active = false;
            pausedAt = now;
            pauseReason = (PAUSE_AFTER_FAILURES + " attempts in a row failed; the last: " + why);
            if (pauseReason.length() > 300) {
                pauseReason = pauseReason.substring(0, 297) + "...";
            }
            return true;
        }
        return false;
    }

    @Override
    public Long getId() { return id; }
    public String getUrl() { return url; }
    public List<String> getEventTypes() { return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(",")); }
    public String getSecret() { return secret; }
    public boolean isActive() { return active; }
    public Instant getPausedAt() { return pausedAt; }
    public String getPauseReason() { return pauseReason; }
    public int getConsecutiveFailures() { return consecutiveFailures; }
}
