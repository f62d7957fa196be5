package com.acme.crm.security.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the security log: a login, a failed login, a lock. */
public class SecurityEventData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private Instant occurredAt;
    private String kind;
    private String username;
    private String address;
    private String detail;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
