package com.acme.crm.dataimport.control;

import com.acme.crm.shared.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A company's sales history as four CSV files (the layout of the MavenTech sample): sales teams,
 * accounts, products and the pipeline of deals. They travel as one zip, which is also what the
 * import job keeps, so that the background work reads exactly what was uploaded.
 */
public final class SalesHistoryFiles {

    public static final String TEAMS = "sales_teams.csv";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String PRODUCTS = "products.csv";
    public static final String PIPELINE = "sales_pipeline.csv";

    static final Map<String, List<String>> REQUIRED = Map.of(
            TEAMS, List.of("sales_agent", "manager", "regional_office"),
            ACCOUNTS, List.of("account", "sector", "employees", "office_location", "subsidiary_of"),
            PRODUCTS, List.of("product", "series", "sales_price"),
            PIPELINE, List.of("opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date",
                    "close_value"));
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private final Map<String, Table> tables;

    private SalesHistoryFiles(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** One CSV file: its header names the columns, whatever their order. */
    public record Table(List<String> header, List<List<String>> rows) {

        public String value(List<String> row, String column) {
            int index = header.indexOf(column);
            return index < 0 || index >= row.size() ? "" : row.get(index).strip();
        }
    }

    /** Reads the zip; refuses it, naming what is wrong, when a file or a column is missing. */
    public static SalesHistoryFiles read(byte[] zip) {
        Map<String, String> contents = unzip(zip);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> required : REQUIRED.entrySet()) {
            String content = contents.get(required.getKey());
            if (content == null) {
                throw new InvalidInputException("file", "has no " + required.getKey() + " (it needs " + REQUIRED.keySet() + ")");
            }
            List<List<String>> rows = Csv.parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
            if (rows.isEmpty()) {
                throw new InvalidInputException("file", required.getKey() + " is empty");
            }
            List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
            for (String column : required.getValue()) {
                if (!header.contains(column)) {
                    throw new InvalidInputException("file", required.getKey() + " has no column " + column);
                }
            }
            tables.put(required.getKey(), new Table(header, rows.subList(1, rows.size()).stream()
                    .filter(row -> row.stream().anyMatch(v -> !v.isBlank())).toList()));
        }
        return new SalesHistoryFiles(tables);
    }

    /** Packs separately uploaded CSV files (named as above) into the zip the import reads. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public Table teams() { return tables.get(TEAMS); }
    public Table accounts() { return tables.get(ACCOUNTS); }
    public Table products() { return tables.get(PRODUCTS); }
    public Table pipeline() { return tables.get(PIPELINE); }

    /**
     * The day the history was taken: its latest engage or close date. An open deal without an
     * engage date started at the latest by then; dating it to the day of the import instead
     * would put the whole history's open deals into this year's funnel.
     */
    public java.time.LocalDate asOf() {
        Table pipeline = pipeline();
        return pipeline.rows().stream()
                .flatMap(row -> java.util.stream.Stream.of(pipeline.value(row, "engage_date"), pipeline.value(row, "close_date")))
                .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
                .map(v -> {
                    try {
                        return java.time.LocalDate.parse(v);
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    private static Map<String, String> unzip(byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        Map<String, String> contents = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new InvalidInputException("file", "unpacks to more than 50 MB");
                    }
                    content.write(buffer, 0, n);
                }
                // files may sit in a folder inside the zip: only their names count
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1).toLowerCase();
                contents.put(name, content.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "is not a readable zip file: " + e.getMessage());
        }
        if (contents.isEmpty()) {
            throw new InvalidInputException("file", "is not a zip file with the four CSV files " + REQUIRED.keySet());
        }
        return contents;
    }
}
