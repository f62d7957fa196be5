package com.acme.crm.duplicate.boundary;

import java.io.Serializable;

/** The last duplicate scan: when, by whom (or "system" for the nightly run) and what it found. */
public class DuplicateScanData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String startedAt;
    private String finishedAt;
    private String startedBy;
    private int groupsFound;
    private int recordsFound;

    public DuplicateScanData() {
    }

    public DuplicateScanData(String startedAt, String finishedAt, String startedBy, int groupsFound, int recordsFound) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.startedBy = startedBy;
        this.groupsFound = groupsFound;
        this.recordsFound = recordsFound;
    }

    public String getStartedAt() { return startedAt; }
    public String getFinishedAt() { return finishedAt; }
    public String getStartedBy() { return startedBy; }
    public int getGroupsFound() { return groupsFound; }
    public int getRecordsFound() { return recordsFound; }
}
