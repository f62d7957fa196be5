package com.acme.crm.web.dataimport;

import com.acme.crm.dataimport.boundary.ImportJobData;
import com.acme.crm.dataimport.boundary.Imports;
import com.acme.crm.dataimport.control.SalesHistoryFiles;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Admin: import a company's sales history (teams, accounts, products, deals) from its four CSV
 * files or a zip of them, then follow the progress and read the summary.
 */
@Named
@ViewScoped
public class SalesHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Imports imports;
    @Inject FacesMessages messages;

    private final LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
    private byte[] zip;
    private String zipName;
    private String initialPassword;
    private Long jobId;

    /** A zip replaces whatever was chosen; CSV files add up until the four are there. */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        if (name.toLowerCase().endsWith(".zip")) {
            zip = event.getFile().getContent();
            zipName = name;
            files.clear();
        } else {
            files.put(name.toLowerCase(), event.getFile().getContent());
            zip = null;
            zipName = null;
        }
        jobId = null;
    }

    public void start() {
        try {
            byte[] chosen = zip != null ? zip : SalesHistoryFiles.zip(files);
            jobId = imports.startSalesHistoryImport(zipName != null ? zipName : String.join(", ", files.keySet()), chosen,
                    initialPassword).getId();
            files.clear();
            zip = null;
            zipName = null;
            initialPassword = null;
        } catch (BusinessException e) {
            messages.refused(e, Map.of("file", "upload:file", "password", "upload:password"));
        }
    }

    public void clear() {
        files.clear();
        zip = null;
        zipName = null;
    }

    /** What has been chosen so far, for the page to list. */
    public List<String> getChosen() {
        return zipName != null ? List.of(zipName) : List.copyOf(files.keySet());
    }

    public List<String> getMissing() {
        return zipName != null ? List.of() : List.of(SalesHistoryFiles.TEAMS, SalesHistoryFiles.ACCOUNTS, SalesHistoryFiles.PRODUCTS,
                SalesHistoryFiles.PIPELINE).stream().filter(f -> !files.containsKey(f)).toList();
    }

    public ImportJobData getJob() {
        return jobId == null ? null : imports.job(jobId);
    }

    public List<ImportJobData> getHistoryJobs() {
        return imports.myJobs().stream().filter(j -> Imports.SALES_HISTORY.equals(j.getRecordType())).toList();
    }

    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public Long getJobId() { return jobId; }
}
