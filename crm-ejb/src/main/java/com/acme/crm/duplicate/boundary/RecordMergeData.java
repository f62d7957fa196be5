package com.acme.crm.duplicate.boundary;

import java.io.Serializable;

/** A merge as recorded: what was merged into what, when, by whom, and the merged record's former values. */
public class RecordMergeData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private RecordKind kind;
    private long survivorId;
    private long mergedId;
    private String mergedLabel;
    private String mergedValues;
    private String fieldsTaken;
    private String mergedAt;
    private String mergedBy;

    public RecordMergeData() {
    }

    public RecordMergeData(long id, RecordKind kind, long survivorId, long mergedId, String mergedLabel, String mergedValues,
            String fieldsTaken, String mergedAt, String mergedBy) {
        this.id = id;
        this.kind = kind;
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedLabel = mergedLabel;
        this.mergedValues = mergedValues;
        this.fieldsTaken = fieldsTaken;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
    }

    public long getId() { return id; }
    public RecordKind getKind() { return kind; }
    public long getSurvivorId() { return survivorId; }
    public long getMergedId() { return mergedId; }
    public String getMergedLabel() { return mergedLabel; }
    public String getMergedValues() { return mergedValues; }
    public String getFieldsTaken() { return fieldsTaken; }
    public String getMergedAt() { return mergedAt; }
    public String getMergedBy() { return mergedBy; }
}
