package com.acme.crm.duplicate.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Records the duplicate scan thinks are the same person or company, and why. */
public class DuplicateGroupData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private long version;
    private RecordKind kind;
    private String reason;
    private String foundAt;
    private ArrayList<DuplicateMemberData> members = new ArrayList<>();

    public DuplicateGroupData() {
    }

    public DuplicateGroupData(long id, long version, RecordKind kind, String reason, String foundAt,
            List<DuplicateMemberData> members) {
        this.id = id;
        this.version = version;
        this.kind = kind;
        this.reason = reason;
        this.foundAt = foundAt;
        this.members = new ArrayList<>(members);
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public RecordKind getKind() { return kind; }
    public String getReason() { return reason; }
    public String getFoundAt() { return foundAt; }
    public List<DuplicateMemberData> getMembers() { return members; }
}
