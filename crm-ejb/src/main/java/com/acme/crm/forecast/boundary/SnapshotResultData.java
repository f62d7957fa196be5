package com.acme.crm.forecast.boundary;

import java.io.Serializable;

/** What taking a snapshot did. */
public class SnapshotResultData implements Serializable {

    private static final long serialVersionUID = 1L;

    private int snapshots;
    private String takenAt;

    public int getSnapshots() { return snapshots; }
    public void setSnapshots(int snapshots) { this.snapshots = snapshots; }
    public String getTakenAt() { return takenAt; }
    public void setTakenAt(String takenAt) { this.takenAt = takenAt; }
}
