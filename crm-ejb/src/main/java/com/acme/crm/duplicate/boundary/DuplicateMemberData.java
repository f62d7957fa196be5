package com.acme.crm.duplicate.boundary;

import java.io.Serializable;

/** One record of a likely duplicate group, described enough to tell which is which. */
public class DuplicateMemberData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private String label;
    private String details;
    private String ownerName;

    public DuplicateMemberData() {
    }

    public DuplicateMemberData(long id, String label, String details, String ownerName) {
        this.id = id;
        this.label = label;
        this.details = details;
        this.ownerName = ownerName;
    }

    public long getId() { return id; }
    public String getLabel() { return label; }
    public String getDetails() { return details; }
    public String getOwnerName() { return ownerName; }
}
