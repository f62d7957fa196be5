package com.acme.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a measurement. Imports 100,000 generated leads through REST into the EAR on
 * Payara Server and prints how long it took. Run it with the command in the README
 * (profile {@code benchmark}); the normal build leaves it out.
 */
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);

    @Test
    void import100kLeads() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(ROWS * 110).append("First Name,Last Name,Email,Phone,Company,Industry,Employees,Lead Source,Budget,Currency\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Bench").append(',').append("Lead").append(i).append(',')
                    .append("bench").append(run).append('.').append(i).append("@example.com,")
                    .append("+1 555 ").append(String.format("%07d", i)).append(',')
                    .append("Company ").append(run).append(' ').append(i % 5000).append(',')
                    .append(i % 3 == 0 ? "Retail" : "Medical").append(',').append(10 + i % 2000).append(',')
                    .append(i % 2 == 0 ? "web" : "event").append(',').append(1000 + i % 50000).append(",EUR\n");
        }
        long start = System.nanoTime();
        JsonObject job = ImportIT.startImport("rep1", csv.toString(), "benchmark-" + ROWS + ".csv");
        JsonObject done = ImportIT.awaitDone(job);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ROWS, done.getInt("importedRows"));
        System.out.printf("%nIMPORT BENCHMARK: %,d lead rows (%.1f MB) imported in %.1f s end to end (server: %.1f s), %,.0f rows/s%n%n",
                ROWS, csv.length() / 1e6, seconds, done.getJsonNumber("durationMillis").longValue() / 1000.0, ROWS / seconds);
    }
}
