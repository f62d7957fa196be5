package com.acme.crm.dataimport.boundary;

import java.io.Serializable;

/** An import's progress and outcome. */
public class ImportJobData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private String fileName;
    private String recordType;
    private String status;
    private int totalRows;
    private int processedRows;
    private int importedRows;
    private int skippedRows;
    private int errorRows;
    private String message;
    private String startedAt;
    private Long durationMillis;

    public int getPercent() {
        return totalRows == 0 ? 100 : Math.min(100, processedRows * 100 / totalRows);
    }

    public boolean isFinished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getTotalRows() { return totalRows; }
    public void setTotalRows(int totalRows) { this.totalRows = totalRows; }
    public int getProcessedRows() { return processedRows; }
    public void setProcessedRows(int processedRows) { this.processedRows = processedRows; }
    public int getImportedRows() { return importedRows; }
    public void setImportedRows(int importedRows) { this.importedRows = importedRows; }
    public int getSkippedRows() { return skippedRows; }
    public void setSkippedRows(int skippedRows) { this.skippedRows = skippedRows; }
    public int getErrorRows() { return errorRows; }
    public void setErrorRows(int errorRows) { this.errorRows = errorRows; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getStartedAt() { return startedAt; }
    public void setStartedAt(String startedAt) { this.startedAt = startedAt; }
    public Long getDurationMillis() { return durationMillis; }
    public void setDurationMillis(Long durationMillis) { this.durationMillis = durationMillis; }

    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
}
