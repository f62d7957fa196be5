package com.acme.crm.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One field of one record changed once: written with the change, never changed afterwards. */
@Entity
@Table(name = "field_change")
public class FieldChange {

    public static final int MAX_VALUE = 2000;

    @Id
    @SequenceGenerator(name = "field_change_seq", sequenceName = "field_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "field_change_seq")
    private Long id;
    @Column(name = "occurred_at", nullable = false, updatable = false) private Instant occurredAt;
    @Column(name = "username", nullable = false, updatable = false) private String username;
    @Column(name = "record_type", nullable = false, updatable = false) private String recordType;
    @Column(name = "record_id", nullable = false, updatable = false) private long recordId;
    @Column(name = "record_label", updatable = false) private String recordLabel;
    @Column(name = "field", nullable = false, updatable = false) private String field;
    @Column(name = "old_value", updatable = false) private String oldValue;
    @Column(name = "new_value", updatable = false) private String newValue;

    protected FieldChange() {
    }

    public FieldChange(Instant occurredAt, String username, String recordType, long recordId, String recordLabel, String field,
            String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordLabel = cut(recordLabel, 300);
        this.field = cut(field, 80);
        this.oldValue = cut(oldValue, MAX_VALUE);
        this.newValue = cut(newValue, MAX_VALUE);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public String getRecordType() { return recordType; }
    public long getRecordId() { return recordId; }
    public String getRecordLabel() { return recordLabel; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
