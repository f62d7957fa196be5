package com.acme.crm.dataimport.boundary;

import com.acme.crm.dataimport.control.Csv;
import com.acme.crm.dataimport.control.ImportChunks;
import com.acme.crm.dataimport.control.ImportMapping;
import com.acme.crm.dataimport.control.ImportRunner;
import com.acme.crm.dataimport.control.LeadColumns;
import com.acme.crm.dataimport.control.SalesHistoryFiles;
import com.acme.crm.dataimport.control.SalesHistoryRunner;
import com.acme.crm.security.control.PasswordPolicy;
import com.acme.crm.dataimport.entity.ImportJob;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.ExportLog;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV import of leads: preview a file (columns, first rows, proposed mapping), start the import
 * (it runs in the background; the page may be left), follow its progress, and download the
 * rows that could not be imported, each with its row number and the reason. Rows already
 * imported before (same e-mail, phone, person and company) are skipped, so importing a file
 * again creates no duplicates.
 */
@Stateless
@LocalBean
@PermitAll
public class Imports implements ImportService {

    static final Role[] IMPORTERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};
    static final int MAX_ROWS = 1_000_000;
    public static final String SALES_HISTORY = "SALES_HISTORY";

    @PersistenceContext EntityManager em;
    @Inject ExportLog exports;
    @Inject CurrentCaller caller;
    @Inject UserDirectory users;
    @EJB ImportChunks chunks;
    @EJB ImportRunner runner;
    @EJB SalesHistoryRunner historyRunner;
    @Inject PasswordPolicy passwords;

    @Override
    public ImportPreviewData previewLeads(String content) {
        caller.requireAnyRole(IMPORTERS);
        List<List<String>> rows = parsed(content);
        ImportPreviewData preview = new ImportPreviewData();
        preview.setColumns(rows.get(0));
        preview.setFirstRows(rows.subList(1, Math.min(rows.size(), 6)).stream().map(ArrayList::new).toList());
        preview.setTotalRows(rows.size() - 1);
        preview.setMapping(LeadColumns.suggest(rows.get(0)));
        preview.setFields(new ArrayList<>(LeadColumns.FIELDS.keySet()));
        return preview;
    }

    /**
     * Starts importing; returns at once with the job, whose progress {@link #job} reports.
     * Not in a transaction of its own: the job must be committed before the background work looks for it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Override
    public ImportJobData startLeadImport(String fileName, String content, Map<String, String> mapping, boolean assignByRules) {
        CallerScope scope = caller.requireAnyRole(IMPORTERS);
        List<List<String>> rows = parsed(content);
        Map<String, String> chosen = mapping == null || mapping.isEmpty() ? LeadColumns.suggest(rows.get(0)) : mapping;
        for (Map.Entry<String, String> entry : chosen.entrySet()) {
            if (!LeadColumns.FIELDS.containsKey(entry.getKey())) {
                throw new InvalidInputException("mapping", "'" + entry.getKey() + "' is not a lead field; use " + LeadColumns.FIELDS.keySet());
            }
            if (!rows.get(0).contains(entry.getValue())) {
                throw new InvalidInputException("mapping", "the file has no column '" + entry.getValue() + "'");
            }
        }
        if (!chosen.containsKey("lastName")) {
            throw new InvalidInputException("mapping", "choose the column holding the last name (or name)");
        }
        String name = fileName == null || fileName.isBlank() ? "leads.csv" : fileName.strip();
        ImportJob job = chunks.create(new ImportJob("LEAD", name.length() > 200 ? name.substring(0, 200) : name, content,
                ImportMapping.encode(chosen), assignByRules, rows.size() - 1, users.getUser(scope.userId())));
        runner.run(job.getId());
        return toData(job);
    }

    /**
     * Starts importing a company's sales history (teams, accounts, products, deals: see
     * {@link SalesHistoryFiles}) from a zip of its four CSV files; admins only. The files are
     * checked before anything starts; users the import creates get {@code initialPassword}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Override
    public ImportJobData startSalesHistoryImport(String fileName, byte[] zip, String initialPassword) {
        CallerScope scope = caller.requireAnyRole(Role.ADMIN);
        SalesHistoryFiles files = SalesHistoryFiles.read(zip);
        if (files.pipeline().rows().size() > MAX_ROWS) {
            throw new InvalidInputException("file", SalesHistoryFiles.PIPELINE + " has more than " + MAX_ROWS + " deals; split it");
        }
        String passwordHash = passwords.hashChecked(initialPassword, null);
        String name = fileName == null || fileName.isBlank() ? "sales-history.zip" : fileName.strip();
        ImportJob job = chunks.create(new ImportJob(SALES_HISTORY, name.length() > 200 ? name.substring(0, 200) : name,
                java.util.Base64.getEncoder().encodeToString(zip), "", false, files.pipeline().rows().size(),
                users.getUser(scope.userId())));
        historyRunner.run(job.getId(), passwordHash);
        return toData(job);
    }

    @Override
    public ImportJobData job(long id) {
        return toData(ownJob(id));
    }

    @Override
    public List<ImportJobData> myJobs() {
        CallerScope scope = caller.requireAnyRole(IMPORTERS);
        return new ArrayList<>(em.createQuery("select j from ImportJob j where j.owner.id = :me order by j.id desc", ImportJob.class)
                .setParameter("me", scope.userId()).setMaxResults(20).getResultStream().map(Imports::toData).toList());
    }

    /** The rows that were not imported, as CSV: row number, reason, then the row as it was; empty when there were none. */
    @Override
    public String errorReport(long id) {
        ImportJob job = ownJob(id);
        exports.record(caller.scope(), "the rows not imported from " + job.getFileName() + " (import " + id + ") as CSV");
        String report = job.getErrorReport();
        return report == null ? "" : report;
    }

    private ImportJob ownJob(long id) {
        CallerScope scope = caller.requireAnyRole(IMPORTERS);
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new NotFoundException("Import", id);
        }
        if (job.getOwner().getId() != scope.userId() && !scope.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("This import belongs to someone else");
        }
        return job;
    }

    private static List<List<String>> parsed(String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException("file", "is empty");
        }
        List<List<String>> rows = Csv.parse(content);
        if (rows.size() < 2) {
            throw new InvalidInputException("file", "needs a header line and at least one row");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new InvalidInputException("file", "has more than " + MAX_ROWS + " rows; split it");
        }
        return rows;
    }

    static ImportJobData toData(ImportJob job) {
        ImportJobData data = new ImportJobData();
        data.setId(job.getId());
        data.setFileName(job.getFileName());
        data.setRecordType(job.getRecordType());
        data.setStatus(job.getStatus().name());
        data.setTotalRows(job.getTotalRows());
        data.setProcessedRows(job.getProcessedRows());
        data.setImportedRows(job.getImportedRows());
        data.setSkippedRows(job.getSkippedRows());
        data.setErrorRows(job.getErrorRows());
        data.setMessage(job.getMessage());
        data.setStartedAt(job.getStartedAt() == null ? null : job.getStartedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        if (job.getStartedAt() != null && job.getFinishedAt() != null) {
            data.setDurationMillis(Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis());
        }
        return data;
    }
}
