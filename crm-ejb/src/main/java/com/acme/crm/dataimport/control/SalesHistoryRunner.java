package com.acme.crm.dataimport.control;

import com.acme.crm.dataimport.control.SalesHistorySetup.Lookup;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through a sales history import in the background: the set-up (users, teams, products,
 * accounts) in one transaction, then the deals slice by slice, each slice moving the progress.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SalesHistoryRunner {

    static final int SLICE = 500;
    private static final Logger LOG = Logger.getLogger(SalesHistoryRunner.class.getName());

    @EJB ImportChunks chunks;
    @EJB SalesHistorySetup setup;
    @EJB SalesHistoryDeals deals;

    /** {@code passwordHash}: the initial password of the users the import creates, hashed before it got here. */
    @Asynchronous
    public void run(long jobId, String passwordHash) {
        try {
            SalesHistoryFiles files = SalesHistoryFiles.read(java.util.Base64.getDecoder().decode(chunks.begin(jobId).getContent()));
            Lookup lookup = setup.prepare(jobId, files, passwordHash);
            SalesHistoryFiles.Table pipeline = files.pipeline();
            List<List<String>> rows = pipeline.rows();
            StringBuilder report = new StringBuilder();
            for (int from = 0; from < rows.size(); from += SLICE) {
                List<List<String>> slice = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + SLICE)));
                // row numbers as a spreadsheet shows them: the header is row 1
                ImportChunks.Result result = deals.importDeals(jobId, pipeline, slice, from + 2, lookup);
                if (!result.errors().isEmpty() && report.isEmpty()) {
                    List<String> header = new ArrayList<>(List.of("row", "error"));
                    header.addAll(pipeline.header());
                    report.append(Csv.line(header));
                }
                result.errors().forEach(line -> report.append(Csv.line(line)));
            }
            setup.customersSince();
            setup.flagDealsNeedingAttention();
            chunks.finish(jobId, report.isEmpty() ? null : report.toString(), lookup.summary());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sales history import " + jobId + " failed", e);
            chunks.fail(jobId, "The import stopped: " + e.getMessage());
            customersOfTheSlicesDone(jobId);
        }
    }

    /** The slices before a failure are committed: their won deals still make customers (retention counts them). */
    private void customersOfTheSlicesDone(long jobId) {
        try {
            setup.customersSince();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sales history import " + jobId + ": first wins of the accounts not recomputed", e);
        }
    }
}
