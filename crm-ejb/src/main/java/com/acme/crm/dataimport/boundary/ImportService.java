package com.acme.crm.dataimport.boundary;

import java.util.List;
import java.util.Map;

/**
 * Lead and sales-history imports for other Jakarta EE applications (a marketing system
 * handing over a list of leads): preview, start, follow the progress, fetch the refused rows.
 * An import runs in the background on the server; the caller polls {@link #job}. The remote
 * view of {@link Imports}, declared in META-INF/ejb-jar.xml.
 */
public interface ImportService {

    /** Columns, the first rows and the proposed mapping of a CSV file of leads. */
    ImportPreviewData previewLeads(String content);

    /** Starts importing a CSV file of leads; mapping: CSV column → lead field. */
    ImportJobData startLeadImport(String fileName, String content, Map<String, String> mapping, boolean assignByRules);

    /** Admins: starts importing a company's sales history (a ZIP of CSV files). */
    ImportJobData startSalesHistoryImport(String fileName, byte[] zip, String initialPassword);

    /** An import's progress and outcome. */
    ImportJobData job(long id);

    /** The caller's imports, newest first. */
    List<ImportJobData> myJobs();

    /** The rows that were not imported, as CSV with their row number and reason. */
    String errorReport(long id);
}
