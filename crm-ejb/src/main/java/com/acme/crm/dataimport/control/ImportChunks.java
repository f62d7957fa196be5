package com.acme.crm.dataimport.control;

import com.acme.crm.dataimport.entity.ImportJob;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.control.LeadAssignment;
import com.acme.crm.lead.control.LeadFactory;
import com.acme.crm.lead.control.LeadMapping;
import com.acme.crm.lead.control.ScoringRules;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.lead.entity.LeadSettings;
import com.acme.crm.security.entity.CrmUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One transaction per slice of an import, so that a large file neither holds one huge
 * transaction nor loses the rows already imported when a later one fails; the job's counters
 * move with each slice, which is the progress everyone sees.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportChunks {

    /** What one slice did; {@code errors} are lines of the error report. */
    public record Result(int imported, int skipped, List<List<String>> errors) {
    }

    @PersistenceContext EntityManager em;
    @Inject com.acme.crm.lead.control.LeadEvents leadEvents;
    @Inject Validator validator;
    @Inject LeadMapping mapping;
    @Inject LeadAssignment assignment;
    @Inject Clock clock;

    public ImportJob create(ImportJob job) {
        em.persist(job);
        return job;
    }

    public ImportJob begin(long jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        // load the lazy file first (while the transaction is open): loading it refreshes the other fields
        job.getContent();
        job.start(clock.instant());
        return job;
    }

    public Result importLeads(long jobId, Map<String, Integer> columnOf, List<List<String>> rows, int firstRowNumber) {
        ImportJob job = em.find(ImportJob.class, jobId);
        ScoringRules rules = em.find(LeadSettings.class, LeadSettings.ID).rules();
        LocalDate today = LocalDate.now(clock);
        List<List<String>> errors = new ArrayList<>();
        Map<String, Lead> fresh = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int rowNumber = firstRowNumber + i;
            try {
                LeadData data = LeadColumns.toLead(valuesOf(row, columnOf));
                Set<ConstraintViolation<LeadData>> violations = validator.validate(data);
                if (!violations.isEmpty()) {
                    throw new IllegalArgumentException(violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
                }
                CrmUser owner = job.isAssignByRules()
                        ? assignment.ownerFor(data.getIndustry(), data.getRegion()).orElse(job.getOwner()) : job.getOwner();
                Lead lead = new Lead(data.getLastName().strip(), data.getSource(), owner);
                LeadFactory.apply(lead, data, mapping);
                LeadFactory.rescore(lead, rules, 0, today);
                String key = LeadFactory.importKey(lead);
                if (fresh.containsKey(key)) {
                    skipped++; // the same lead twice in this slice
                    continue;
                }
                lead.importedAs(key);
                fresh.put(key, lead);
            } catch (RuntimeException e) {
                List<String> line = new ArrayList<>(List.of(String.valueOf(rowNumber), e.getMessage()));
                line.addAll(row);
                errors.add(line);
            }
        }
        Set<String> existing = fresh.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                        "select l.importKey from Lead l where l.importKey in :keys", String.class)
                .setParameter("keys", new ArrayList<>(fresh.keySet())).getResultList());
        if (!fresh.isEmpty()) {
            // a lead merged into another one must not come back with the next import of the same file
            existing.addAll(em.createQuery("select m.mergedImportKey from RecordMerge m where m.mergedImportKey in :keys",
                    String.class).setParameter("keys", new ArrayList<>(fresh.keySet())).getResultList());
        }
        int imported = 0;
        for (Map.Entry<String, Lead> entry : fresh.entrySet()) {
            if (existing.contains(entry.getKey())) {
                skipped++;
            } else {
                em.persist(entry.getValue());
                leadEvents.created(entry.getValue());
                imported++;
            }
        }
        job.progress(rows.size(), imported, skipped, errors.size());
        return new Result(imported, skipped, errors);
    }

    public void finish(long jobId, String errorReport) {
        em.find(ImportJob.class, jobId).finish(errorReport, clock.instant());
    }

    /** Done, with a summary of what else the import created besides the counted rows. */
    public void finish(long jobId, String errorReport, String summary) {
        ImportJob job = em.find(ImportJob.class, jobId);
        job.finish(errorReport, clock.instant());
        job.summarize(summary);
    }

    public void fail(long jobId, String reason) {
        em.find(ImportJob.class, jobId).fail(reason.length() > 500 ? reason.substring(0, 500) : reason, clock.instant());
    }

    private static Map<String, String> valuesOf(List<String> row, Map<String, Integer> columnOf) {
        Map<String, String> values = new LinkedHashMap<>();
        columnOf.forEach((field, column) -> {
            String value = column < row.size() ? row.get(column).strip() : "";
            if (!value.isEmpty()) {
                values.put(field, value);
            }
        });
        return values;
    }
}
