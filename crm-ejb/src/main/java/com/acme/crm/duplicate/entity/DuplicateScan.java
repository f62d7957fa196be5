package com.acme.crm.duplicate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row describing the last duplicate scan; scans lock it so that only one runs at a time. */
@Entity
@Table(name = "duplicate_scan")
public class DuplicateScan {

    public static final long ID = 1L;

    @Id private Long id;
    @Column(name = "started_at") private Instant startedAt;
    @Column(name = "finished_at") private Instant finishedAt;
    @Column(name = "started_by", length = 80) private String startedBy;
    @Column(name = "groups_found", nullable = false) private int groupsFound;
    @Column(name = "records_found", nullable = false) private int recordsFound;
    @Version private long version;

    protected DuplicateScan() {
    }

    public void started(String by, Instant at) {
        startedBy = by;
        startedAt = at;
        finishedAt = null;
    }

    public void finished(int groups, int records, Instant at) {
        groupsFound = groups;
        recordsFound = records;
        finishedAt = at;
    }

    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getStartedBy() { return startedBy; }
    public int getGroupsFound() { return groupsFound; }
    public int getRecordsFound() { return recordsFound; }
}
