package com.acme.crm.dataimport.entity;

import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One CSV import: the uploaded file, the column mapping, and its progress and outcome. Kept
 * in the database, so that progress shows on any server and the user may leave the page.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends AuditedEntity {

    /** Where an import stands. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

    @Column(name = "record_type", nullable = false, length = 20) private String recordType;
    @Column(name = "file_name", nullable = false, length = 200) private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20) private Status status = Status.QUEUED;
    @Column(name = "mapping", nullable = false, length = 2000) private String mapping;
    @Column(name = "assign_by_rules", nullable = false) private boolean assignByRules;
    @Column(name = "total_rows", nullable = false) private int totalRows;
    @Column(name = "processed_rows", nullable = false) private int processedRows;
    @Column(name = "imported_rows", nullable = false) private int importedRows;
    @Column(name = "skipped_rows", nullable = false) private int skippedRows;
    @Column(name = "error_rows", nullable = false) private int errorRows;
    @Lob @Basic(fetch = FetchType.LAZY) @Column(name = "content", nullable = false) private String content;
    @Lob @Basic(fetch = FetchType.LAZY) @Column(name = "error_report") private String errorReport;
    @Column(name = "message", length = 500) private String message;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;
    @Column(name = "started_at") private Instant startedAt;
    @Column(name = "finished_at") private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String recordType, String fileName, String content, String mapping, boolean assignByRules,
            int totalRows, CrmUser owner) {
        this.recordType = recordType;
        this.fileName = fileName;
        this.content = content;
        this.mapping = mapping;
        this.assignByRules = assignByRules;
        this.totalRows = totalRows;
        this.owner = owner;
    }

    public void start(Instant at) {
        status = Status.RUNNING;
        startedAt = at;
    }

    public void progress(int processed, int imported, int skipped, int errors) {
        processedRows += processed;
        importedRows += imported;
        skippedRows += skipped;
        errorRows += errors;
    }

    public void finish(String report, Instant at) {
        // the lazy report first: loading a lazy attribute refreshes the others from the row
        errorReport = report;
        status = Status.DONE;
        finishedAt = at;
    }

    public void summarize(String summary) {
        message = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
    }

    public void fail(String reason, Instant at) {
        status = Status.FAILED;
        message = reason;
        finishedAt = at;
    }

    @Override
    public Long getId() { return id; }
    public String getRecordType() { return recordType; }
    public String getFileName() { return fileName; }
    public Status getStatus() { return status; }
    public String getMapping() { return mapping; }
    public boolean isAssignByRules() { return assignByRules; }
    public int getTotalRows() { return totalRows; }
    public int getProcessedRows() { return processedRows; }
    public int getImportedRows() { return importedRows; }
    public int getSkippedRows() { return skippedRows; }
    public int getErrorRows() { return errorRows; }
    public String getContent() { return content; }
    public String getErrorReport() { return errorReport; }
    public String getMessage() { return message; }
    public CrmUser getOwner() { return owner; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
