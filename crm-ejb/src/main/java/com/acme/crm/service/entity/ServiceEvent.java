package com.acme.crm.service.entity;

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

/** One entry of a request's history: a change (status, assignee, priority) or a note; written once. */
@Entity
@Table(name = "service_event")
public class ServiceEvent {

    public enum Kind { OPENED, STATUS, ASSIGNEE, PRIORITY, NOTE }

    @Id
    @SequenceGenerator(name = "service_event_seq", sequenceName = "service_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;
    @Column(name = "happened_at", nullable = false) private Instant happenedAt;
    @Column(name = "by_user", nullable = false, length = 80) private String byUser;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20) private Kind kind;
    @Column(name = "from_value", length = 200) private String fromValue;
    @Column(name = "to_value", length = 200) private String toValue;
    @Column(name = "note", length = 4000) private String note;
    @Column(name = "customer_visible", nullable = false) private boolean customerVisible;

    protected ServiceEvent() {
    }

    public ServiceEvent(ServiceRequest request, Instant happenedAt, String byUser, Kind kind, String fromValue, String toValue,
            String note, boolean customerVisible) {
        this.request = request;
        this.happenedAt = happenedAt;
        this.byUser = byUser;
        this.kind = kind;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.note = note;
        this.customerVisible = customerVisible;
    }

    public Long getId() { return id; }
    public ServiceRequest getRequest() { return request; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getByUser() { return byUser; }
    public Kind getKind() { return kind; }
    public String getFromValue() { return fromValue; }
    public String getToValue() { return toValue; }
    public String getNote() { return note; }
    public boolean isCustomerVisible() { return customerVisible; }
}
