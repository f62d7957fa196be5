package com.acme.crm.dataimport.control;

import com.acme.crm.dataimport.entity.ImportJob;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Works through an import in the background, slice by slice, and writes the error report at the end. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    static final int SLICE = 1000;
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    ImportChunks chunks;

    @Asynchronous
    public void run(long jobId) {
        try {
            ImportJob job = chunks.begin(jobId);
            List<List<String>> rows = Csv.parse(job.getContent());
            List<String> header = rows.get(0);
            Map<String, Integer> columnOf = columns(ImportMapping.decode(job.getMapping()), header);
            StringBuilder report = new StringBuilder();
            List<String> reportHeader = new ArrayList<>(List.of("row", "error"));
            reportHeader.addAll(header);
            for (int from = 1; from < rows.size(); from += SLICE) {
                List<List<String>> slice = rows.subList(from, Math.min(rows.size(), from + SLICE));
                // row numbers as a spreadsheet shows them: the header is row 1
                ImportChunks.Result result = chunks.importLeads(jobId, columnOf, new ArrayList<>(slice), from + 1);
                if (!result.errors().isEmpty() && report.isEmpty()) {
                    report.append(Csv.line(reportHeader));
                }
                result.errors().forEach(line -> report.append(Csv.line(line)));
            }
            chunks.finish(jobId, report.isEmpty() ? null : report.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
            chunks.fail(jobId, "The import stopped: " + e.getMessage());
        }
    }

    static Map<String, Integer> columns(Map<String, String> mapping, List<String> header) {
        Map<String, Integer> columnOf = new HashMap<>();
        mapping.forEach((field, column) -> {
            int index = header.indexOf(column);
            if (index >= 0) {
                columnOf.put(field, index);
            }
        });
        return columnOf;
    }
}
