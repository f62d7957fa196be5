package com.acme.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something admins review about logins: who (as typed), from where, when, what happened. Written once, never changed. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Kind { LOGIN, LOGIN_FAILED, LOGIN_LOCKED, USER_LOCKED, ADDRESS_LOCKED, EXPORT }

    @Id
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    private Long id;
    @Column(name = "occurred_at", nullable = false, updatable = false) private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false) private Kind kind;
    @Column(name = "username", updatable = false) private String username;
    @Column(name = "address", updatable = false) private String address;
    @Column(name = "detail", updatable = false) private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, Kind kind, String username, String address, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = cut(username, 100);
        this.address = cut(address, 100);
        this.detail = cut(detail, 300);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Kind getKind() { return kind; }
    public String getUsername() { return username; }
    public String getAddress() { return address; }
    public String getDetail() { return detail; }
}
