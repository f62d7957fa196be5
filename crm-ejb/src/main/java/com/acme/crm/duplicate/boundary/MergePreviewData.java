package com.acme.crm.duplicate.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Two records about to be merged: who they are, at which versions, and their fields side by side. */
public class MergePreviewData implements Serializable {

    private static final long serialVersionUID = 1L;

    private RecordKind kind;
    private long survivorId;
    private long survivorVersion;
    private String survivorLabel;
    private long duplicateId;
    private long duplicateVersion;
    private String duplicateLabel;
    private ArrayList<MergeFieldData> fields = new ArrayList<>();
    /** What else moves to the survivor, e.g. "3 activities". */
    private ArrayList<String> moving = new ArrayList<>();
    /** Set when the kept record's values cannot change (then no field can be taken from the other). */
    private String valuesFixedBecause;

    public MergePreviewData() {
    }

    public MergePreviewData(RecordKind kind, long survivorId, long survivorVersion, String survivorLabel, long duplicateId,
            long duplicateVersion, String duplicateLabel, List<MergeFieldData> fields, List<String> moving,
            String valuesFixedBecause) {
        this.kind = kind;
        this.survivorId = survivorId;
        this.survivorVersion = survivorVersion;
        this.survivorLabel = survivorLabel;
        this.duplicateId = duplicateId;
        this.duplicateVersion = duplicateVersion;
        this.duplicateLabel = duplicateLabel;
        this.fields = new ArrayList<>(fields);
        this.moving = new ArrayList<>(moving);
        this.valuesFixedBecause = valuesFixedBecause;
    }

    public RecordKind getKind() { return kind; }
    public long getSurvivorId() { return survivorId; }
    public long getSurvivorVersion() { return survivorVersion; }
    public String getSurvivorLabel() { return survivorLabel; }
    public long getDuplicateId() { return duplicateId; }
    public long getDuplicateVersion() { return duplicateVersion; }
    public String getDuplicateLabel() { return duplicateLabel; }
    public List<MergeFieldData> getFields() { return fields; }
    public List<String> getMoving() { return moving; }
    public String getValuesFixedBecause() { return valuesFixedBecause; }
}
