package com.acme.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The MavenTech sample company (sample-data/maven-crm) imported over REST: importing twice
 * changes nothing, and the metrics give this company's real figures, which the test works out
 * itself from the CSV files. A manager then reads them on the dashboard and filters it.
 */
class SalesHistoryIT {

    static final Path SAMPLE = Path.of(System.getProperty("sample.dir", "../sample-data/maven-crm"));
    static final String PASSWORD = "welcome-maven-2017";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One deal of sales_pipeline.csv. */
    record Deal(String id, String agent, String product, String account, String stage, LocalDate engaged, LocalDate closed,
            BigDecimal value) {
    }

    @Test
    void importingTwiceChangesNothingAndTheMetricsAreTheCompanysFigures() throws Exception {
        importSample();
        JsonObject again = importSample();
        assertEquals(0, again.getInt("importedRows"), again.toString());
        assertEquals(8800, again.getInt("skippedRows"));
        assertEquals("0 users, 0 teams, 0 products, 0 accounts created", again.getString("message"));

        // the history stays in its years: this year's figures keep their currency and their funnel
        assertEquals("EUR", metrics("admin", Crm.DEMO_PASSWORD, "").getString("currency"),
                "the admin's default is still the currency of this year's deals, not the import's");
        JsonObject centralNow = metrics("melvin.marxen", PASSWORD, "currency=USD");
        assertEquals(0, centralNow.getJsonArray("stageConversions").getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> c.getInt("started")).sum(), "no imported deal enters this year's funnel: " + centralNow.get("stageConversions"));

        List<Deal> deals = deals();
        List<Deal> won = deals.stream().filter(d -> d.stage().equals("Won")).toList();
        long lost = deals.stream().filter(d -> d.stage().equals("Lost")).count();
        JsonObject year = metrics("admin", Crm.DEMO_PASSWORD, "from=2017-01-01&to=2018-01-01&currency=USD");
        assertEquals(won.size(), year.getInt("won"));
        assertEquals(lost, year.getInt("lost"));
        assertAmount(percent(won.size(), won.size() + lost), year, "winRate");
        BigDecimal wonSum = won.stream().map(Deal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertAmount(wonSum.divide(BigDecimal.valueOf(won.size()), 2, RoundingMode.HALF_UP), year, "averageDealSize");
        assertAmount(median(won.stream().map(Deal::value).toList()), year, "medianDealSize");
        assertAmount(median(won.stream().map(d -> BigDecimal.valueOf(ChronoUnit.DAYS.between(d.engaged(), d.closed()))).toList()),
                year, "medianCycleDays");

        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate from = LocalDate.of(2017, quarter * 3 - 2, 1);
            LocalDate to = from.plusMonths(3);
            BigDecimal expected = won.stream().filter(d -> !d.closed().isBefore(from) && d.closed().isBefore(to))
                    .map(Deal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            JsonObject q = metrics("admin", Crm.DEMO_PASSWORD, "from=" + from + "&to=" + to + "&currency=USD");
            assertAmount(expected, q, "wonAmount");
        }

        // open deals are valued at their product's list price; per region, so that deals of other tests stay out
        Map<String, BigDecimal> prices = new HashMap<>();
        rows("products.csv").forEach(r -> prices.put(r[0].replace(" ", ""), new BigDecimal(r[2])));
        Map<String, String> regionOf = new HashMap<>();
        rows("sales_teams.csv").forEach(r -> regionOf.put(r[0], r[2]));
        for (String region : List.of("Central", "East", "West")) {
            BigDecimal open = deals.stream().filter(d -> d.stage().equals("Prospecting") || d.stage().equals("Engaging"))
                    .filter(d -> region.equals(regionOf.get(d.agent()))).map(d -> prices.get(d.product().replace(" ", "")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertAmount(open, metrics("admin", Crm.DEMO_PASSWORD, "region=" + region + "&currency=USD"), "pipelineValue");
        }
    }

    @Test
    void aRepSeesTheirOwnNumbersAndAManagerOnlyTheirTeam() throws Exception {
        importSample();
        List<Deal> darcels = deals().stream().filter(d -> d.agent().equals("Darcel Schlecht")).toList();
        JsonObject own = metrics("darcel.schlecht", PASSWORD, "from=2017-01-01&to=2018-01-01&currency=USD");
        assertEquals("Your numbers", own.getString("scope"));
        assertEquals(darcels.stream().filter(d -> d.stage().equals("Won")).count(), own.getInt("won"));

        // Darcel Schlecht works for Melvin Marxen (Central); Summer Sewald (West) may not look at her numbers
        long darcelId = Crm.call("GET", "me", "darcel.schlecht", PASSWORD, null).json().getJsonNumber("id").longValue();
        assertEquals(403, status("summer.sewald", PASSWORD, "metrics?ownerId=" + darcelId));
        JsonObject byManager = metrics("melvin.marxen", PASSWORD, "from=2017-01-01&to=2018-01-01&currency=USD&ownerId=" + darcelId);
        assertEquals(own.getInt("won"), byManager.getInt("won"));
        assertEquals(400, status("melvin.marxen", PASSWORD, "metrics?from=2017-02-30"));
    }

    @Test
    void aManagerReadsTheDashboardAndFiltersItByRep() throws Exception {
        importSample();
        List<Deal> central = deals().stream().filter(d -> manager(d.agent()).equals("Melvin Marxen")).toList();
        long won = central.stream().filter(d -> d.stage().equals("Won")).count();
        long lost = central.stream().filter(d -> d.stage().equals("Lost")).count();
        try (Browser browser = new Browser()) {
            browser.logIn("melvin.marxen", PASSWORD);
            browser.open("dashboard/sales.xhtml?from=2017-01-01&to=2017-12-31");
            browser.waitForText(By.id("kpiWinRate"), percent(won, won + lost).toPlainString() + " %");
            assertTrue(browser.driver().findElement(By.id("kpiWinRate")).getText().contains(won + " won · " + lost + " lost"));
            browser.screenshot("dashboard-manager");

            long darcelWon = deals().stream().filter(d -> d.agent().equals("Darcel Schlecht") && d.stage().equals("Won")).count();
            browser.click("filters:rep");
            browser.type("filters:rep_filter", "Darcel");
            browser.clickWhenReady(By.cssSelector("li[data-label='Darcel Schlecht']"));
            browser.click("filters:apply");
            browser.waitForText(By.id("scope"), "Darcel Schlecht");
            browser.waitForText(By.id("kpiWinRate"), darcelWon + " won");
            browser.click("board:wonByMonthToggle");
            browser.waitForText(By.id("board:wonByMonthTable"), "2017-12");
            browser.screenshot("dashboard-manager-rep");

            // the CSV export holds exactly what the table shows
            List<String> shown = browser.driver().findElements(By.cssSelector("[id='board:wonByMonthTable'] tbody tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).stream().map(c -> "\"" + c.getText() + "\"")
                            .collect(java.util.stream.Collectors.joining(","))).toList();
            browser.click("board:wonByMonthCsv");
            List<String> exported = Files.readAllLines(browser.downloaded("wonByMonth.csv"), java.nio.charset.StandardCharsets.UTF_8)
                    .stream().map(l -> l.replace("\uFEFF", "")).filter(l -> !l.isBlank()).toList();
            assertEquals("\"Month\",\"Won\",\"Won amount\"", exported.get(0));
            assertEquals(shown, exported.subList(1, exported.size()), "the file is the table, values not expressions");
            assertTrue(exported.stream().noneMatch(l -> l.contains("#{")), exported.toString());
        }
        String logged = Crm.get("admin", "security-events?kind=EXPORT&user=melvin.marxen").body().toString();
        assertTrue(logged.contains("Won revenue by month") && logged.contains("2017-01-01"), "the download is in the security log: " + logged);
    }

    @Test
    void anAdminImportsTheFilesInTheBrowserAndFollowsTheProgress() throws Exception {
        importSample();
        Path zip = Files.createTempFile("maven-crm", ".zip");
        Files.write(zip, sampleZip());
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.open("admin/sales-history.xhtml");
            browser.present(By.cssSelector("input[type=file]")).sendKeys(zip.toString());
            browser.waitForText(By.id("chosen"), zip.getFileName().toString());
            browser.type("upload:password", PASSWORD);
            browser.click("upload:start");
            browser.waitForText(By.id("progress:job"), "Done");
            assertTrue(browser.driver().findElement(By.id("counts")).getText().contains("8800 already there"),
                    browser.driver().findElement(By.id("counts")).getText());
            assertTrue(browser.driver().findElement(By.id("summary")).getText().contains("0 accounts created"));
            browser.screenshot("sales-history-import");
        }
    }

    static String manager(String agent) {
        return rows("sales_teams.csv").stream().filter(r -> r[0].equals(agent)).map(r -> r[1]).findFirst().orElse("");
    }

    static void assertAmount(BigDecimal expected, JsonObject metrics, String field) {
        assertEquals(0, expected.compareTo(metrics.getJsonNumber(field).bigDecimalValue()),
                field + ": expected " + expected + " in " + metrics);
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    static List<Deal> deals() {
        List<Deal> deals = new ArrayList<>();
        for (String[] r : rows("sales_pipeline.csv")) {
            deals.add(new Deal(r[0], r[1], r[2], r[3], r[4], r[5].isEmpty() ? null : LocalDate.parse(r[5]),
                    r[6].isEmpty() ? null : LocalDate.parse(r[6]), r[7].isEmpty() ? null : new BigDecimal(r[7])));
        }
        return deals;
    }

    /** The rows of a sample file (no quoted fields in it), without the header. */
    static List<String[]> rows(String file) {
        try {
            return Files.readAllLines(SAMPLE.resolve(file)).stream().skip(1).map(l -> l.replace("\r", ""))
                    .filter(l -> !l.isBlank()).map(l -> Arrays.copyOf(l.split(",", -1), 8)).map(a -> {
                        for (int i = 0; i < a.length; i++) {
                            a[i] = a[i] == null ? "" : a[i];
                        }
                        return a;
                    }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] sampleZip() throws java.io.IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String file : List.of("sales_teams.csv", "accounts.csv", "products.csv", "sales_pipeline.csv")) {
                out.putNextEntry(new ZipEntry("maven-crm/" + file));
                out.write(Files.readAllBytes(SAMPLE.resolve(file)));
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    static JsonObject importSample() throws Exception {
        byte[] zip = sampleZip();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Crm.URL + "api/imports/sales-history?fileName=maven-crm.zip"))
                .header("Authorization", ImportIT.basic("admin")).header("Content-Type", "application/zip")
                .header("Initial-Password", PASSWORD).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        JsonObject done = ImportIT.awaitDone(Json.createReader(new java.io.StringReader(response.body())).readObject(), "admin");
        assertEquals(0, done.getInt("errorRows"), done.toString());
        assertEquals(8800, done.getInt("importedRows") + done.getInt("skippedRows"));
        return done;
    }

    static JsonObject metrics(String user, String password, String query) {
        Crm.Reply reply = Crm.call("GET", "metrics?" + query, user, password, null);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    static int status(String user, String password, String path) {
        return Crm.call("GET", path, user, password, null).status();
    }
}
