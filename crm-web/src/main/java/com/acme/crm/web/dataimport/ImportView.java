package com.acme.crm.web.dataimport;

import com.acme.crm.dataimport.boundary.ImportJobData;
import com.acme.crm.dataimport.boundary.ImportPreviewData;
import com.acme.crm.dataimport.boundary.Imports;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Import leads from CSV: upload, check the proposed column mapping against a preview, start, follow progress. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Imports imports;
    @Inject FacesMessages messages;

    private String fileName;
    private String content;
    private ImportPreviewData preview;
    private Map<String, String> mapping = new LinkedHashMap<>();
    private boolean assignByRules;
    private Long jobId;

    public void upload(FileUploadEvent event) {
        try {
            fileName = event.getFile().getFileName();
            content = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
            preview = imports.previewLeads(content);
            mapping = new LinkedHashMap<>();
            preview.getFields().forEach(field -> mapping.put(field, preview.getMapping().get(field)));
            jobId = null;
        } catch (BusinessException e) {
            preview = null;
            messages.refused(e, Map.of());
        }
    }

    public void start() {
        try {
            Map<String, String> chosen = new LinkedHashMap<>();
            mapping.forEach((field, column) -> {
                if (column != null && !column.isBlank()) {
                    chosen.put(field, column);
                }
            });
            jobId = imports.startLeadImport(fileName, content, chosen, assignByRules).getId();
            content = null;
            preview = null;
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public ImportJobData getJob() {
        return jobId == null ? null : imports.job(jobId);
    }

    public StreamedContent errorsOf(long id) {
        byte[] report = imports.errorReport(id).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("import-" + id + "-errors.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(report)).build();
    }

    public List<ImportJobData> getMyJobs() { return imports.myJobs(); }
    public ImportPreviewData getPreview() { return preview; }
    public Map<String, String> getMapping() { return mapping; }
    public boolean isAssignByRules() { return assignByRules; }
    public void setAssignByRules(boolean assignByRules) { this.assignByRules = assignByRules; }
    public String getFileName() { return fileName; }
    public Long getJobId() { return jobId; }
}
