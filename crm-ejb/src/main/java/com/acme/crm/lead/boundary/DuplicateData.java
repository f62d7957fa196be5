package com.acme.crm.lead.boundary;

import java.io.Serializable;

/** A record that is probably the same person or company, and why it is thought to be. */
public final class DuplicateData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final long id;
    private final String label;
    private final String reason;

    public DuplicateData(String recordType, long id, String label, String reason) {
        this.recordType = recordType;
        this.id = id;
        this.label = label;
        this.reason = reason;
    }

    public String getRecordType() { return recordType; }
    public long getId() { return id; }
    public String getLabel() { return label; }
    public String getReason() { return reason; }
}
