package com.acme.crm.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a record's history: when, who, which field, from what to what (as users see the values). */
public class FieldChangeData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant occurredAt;
    private String username;
    private String recordType;
    private long recordId;
    private String recordLabel;
    private String field;
    private String oldValue;
    private String newValue;

    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public long getRecordId() { return recordId; }
    public void setRecordId(long recordId) { this.recordId = recordId; }
    public String getRecordLabel() { return recordLabel; }
    public void setRecordLabel(String recordLabel) { this.recordLabel = recordLabel; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getOldValue() { return oldValue; }
    public void setOldValue(String oldValue) { this.oldValue = oldValue; }
    public String getNewValue() { return newValue; }
    public void setNewValue(String newValue) { this.newValue = newValue; }
}
