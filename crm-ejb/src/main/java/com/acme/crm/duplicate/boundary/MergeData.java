package com.acme.crm.duplicate.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A merge decision: which record survives, which one is merged into it and then removed, the
 * versions both were read at (so that a change made meanwhile is not lost), and the fields
 * whose value is taken from the merged record (every other field keeps the survivor's).
 */
public class MergeData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "say which kind of record: LEAD, CONTACT or ACCOUNT")
    private RecordKind kind;
    private long survivorId;
    private long survivorVersion;
    private long duplicateId;
    private long duplicateVersion;
    private LinkedHashSet<String> fromDuplicate = new LinkedHashSet<>();

    public MergeData() {
    }

    public MergeData(RecordKind kind, long survivorId, long survivorVersion, long duplicateId, long duplicateVersion,
            Set<String> fromDuplicate) {
        this.kind = kind;
        this.survivorId = survivorId;
        this.survivorVersion = survivorVersion;
        this.duplicateId = duplicateId;
        this.duplicateVersion = duplicateVersion;
        setFromDuplicate(fromDuplicate);
    }

    public RecordKind getKind() { return kind; }
    public void setKind(RecordKind kind) { this.kind = kind; }
    public long getSurvivorId() { return survivorId; }
    public void setSurvivorId(long survivorId) { this.survivorId = survivorId; }
    public long getSurvivorVersion() { return survivorVersion; }
    public void setSurvivorVersion(long survivorVersion) { this.survivorVersion = survivorVersion; }
    public long getDuplicateId() { return duplicateId; }
    public void setDuplicateId(long duplicateId) { this.duplicateId = duplicateId; }
    public long getDuplicateVersion() { return duplicateVersion; }
    public void setDuplicateVersion(long duplicateVersion) { this.duplicateVersion = duplicateVersion; }
    public Set<String> getFromDuplicate() { return fromDuplicate; }
    public void setFromDuplicate(Set<String> fromDuplicate) {
        this.fromDuplicate = fromDuplicate == null ? new LinkedHashSet<>() : new LinkedHashSet<>(fromDuplicate);
    }
}
