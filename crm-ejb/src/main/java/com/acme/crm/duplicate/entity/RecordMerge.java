package com.acme.crm.duplicate.entity;

import com.acme.crm.duplicate.boundary.RecordKind;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of one merge. Written once and never changed, so it has no version: it keeps
 * the merged record's values as they were, which fields the survivor took from it, and (for
 * imported leads) its import key, so that importing the same file again does not bring the
 * merged duplicate back.
 */
@Entity
@Table(name = "record_merge")
public class RecordMerge {

    @Id
    @SequenceGenerator(name = "record_merge_seq", sequenceName = "record_merge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_merge_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private RecordKind kind;
    @Column(name = "survivor_id", nullable = false) private long survivorId;
    @Column(name = "merged_id", nullable = false) private long mergedId;
    @Column(name = "merged_label", nullable = false, length = 400) private String mergedLabel;
    @Lob @Basic(fetch = FetchType.LAZY) @Column(name = "merged_values") private String mergedValues;
    @Column(name = "fields_taken", length = 1000) private String fieldsTaken;
    @Column(name = "merged_import_key", length = 64) private String mergedImportKey;
    @Column(name = "merged_at", nullable = false) private Instant mergedAt;
    @Column(name = "merged_by", nullable = false, length = 80) private String mergedBy;

    protected RecordMerge() {
    }

    public RecordMerge(RecordKind kind, long survivorId, long mergedId, String mergedLabel, String mergedValues,
            String fieldsTaken, String mergedImportKey, Instant mergedAt, String mergedBy) {
        this.kind = kind;
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedLabel = mergedLabel.length() > 400 ? mergedLabel.substring(0, 397) + "..." : mergedLabel;
        this.mergedValues = mergedValues;
        this.fieldsTaken = fieldsTaken.length() > 1000 ? fieldsTaken.substring(0, 997) + "..." : fieldsTaken;
        this.mergedImportKey = mergedImportKey;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
    }

    public Long getId() { return id; }
    public RecordKind getKind() { return kind; }
    public long getSurvivorId() { return survivorId; }
    public long getMergedId() { return mergedId; }
    public String getMergedLabel() { return mergedLabel; }
    public String getMergedValues() { return mergedValues; }
    public String getFieldsTaken() { return fieldsTaken; }
    public String getMergedImportKey() { return mergedImportKey; }
    public Instant getMergedAt() { return mergedAt; }
    public String getMergedBy() { return mergedBy; }
}
