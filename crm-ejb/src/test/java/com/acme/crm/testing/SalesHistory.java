package com.acme.crm.testing;

import static com.acme.crm.testing.ActingUser.as;

import com.acme.crm.dataimport.boundary.ImportJobData;
import com.acme.crm.dataimport.boundary.Imports;
import com.acme.crm.dataimport.control.SalesHistoryFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small hand-made company imported as a sales history, so that a test has its own team, reps and deals. */
public final class SalesHistory {

    private SalesHistory() {
    }

    /** Imports the four files (name → content) as admin and waits until the import is done. */
    public static ImportJobData importCompany(Imports imports, Map<String, String> files) throws InterruptedException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
        long id = as("admin", () -> imports.startSalesHistoryImport("company.zip", SalesHistoryFiles.zip(bytes), "test-secret-1")).getId();
        ImportJobData job = as("admin", () -> imports.job(id));
        for (int i = 0; i < 300 && !job.isFinished(); i++) {
            Thread.sleep(100);
            job = as("admin", () -> imports.job(id));
        }
        if (!"DONE".equals(job.getStatus())) {
            throw new AssertionError("the import did not finish: " + job.getStatus() + " " + job.getMessage());
        }
        return job;
    }

    /** A tag that makes names unique in the shared test database and survives being turned into a user name (letters only). */
    public static String tag() {
        StringBuilder tag = new StringBuilder();
        // hex digits 0–9 become g–p, so that no two tags collapse into one
        java.util.UUID.randomUUID().toString().substring(0, 8).chars().forEach(c -> tag.append((char) (Character.isDigit(c) ? 'g' + c - '0' : c)));
        return tag.toString();
    }
}
