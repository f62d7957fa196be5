package com.acme.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** CSV import of leads over REST and in the browser: bad rows come back with reasons, a second import adds nothing. */
class ImportIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void importKeepsGoodRowsReportsBadOnesAndDoesNotDuplicateOnReimport() throws Exception {
        String tag = Crm.unique("imp").replace(" ", "");
        String csv = "First Name,Last Name,Email,Company,Employees,Lead Source\r\n"
                + "Ada,Lovelace," + tag + "ada@example.com,Analytical " + tag + ",12,web\r\n"
                + "Alan,Turing," + tag + "alan@example.com,Bletchley " + tag + ",40,referral\r\n"
                + "Bad,Email,not-an-email,Nowhere,5,web\r\n"
                + "Bad,Size," + tag + "size@example.com,Somewhere,many,web\r\n";

        JsonObject first = awaitDone(startImport("rep1", csv, "people.csv"));
        assertEquals(4, first.getInt("totalRows"));
        assertEquals(2, first.getInt("importedRows"));
        assertEquals(2, first.getInt("errorRows"));
        String errors = errorFile("rep1", first.getJsonNumber("id").longValue());
        List<String> lines = errors.lines().toList();
        assertEquals("row,error,First Name,Last Name,Email,Company,Employees,Lead Source", lines.get(0));
        assertTrue(lines.get(1).startsWith("4,email "), lines.get(1));
        assertTrue(lines.get(2).startsWith("5,employees: 'many' is not a whole number"), lines.get(2));

        JsonObject again = awaitDone(startImport("rep1", csv, "people.csv"));
        assertEquals(0, again.getInt("importedRows"));
        assertEquals(2, again.getInt("skippedRows"));
        assertEquals(1, Crm.get("rep1", "leads?q=" + tag + "ada").json().getInt("total"), "no duplicate lead");

        assertEquals(403, Crm.get("rep2", "imports/" + first.getJsonNumber("id")).status());
    }

    @Test
    void repImportsAFileInTheBrowserAndSeesTheOutcome() throws Exception {
        String tag = Crm.unique("ui").replace(" ", "");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("leads", ".csv");
        java.nio.file.Files.writeString(file, "Name,E-Mail,Company\nHopper," + tag + "@example.com,Navy " + tag + "\n");
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("import/leads.xhtml");
            browser.present(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.visible("mapping:start");
            browser.screenshot("import-preview");
            browser.click("mapping:start");
            browser.waitForText(By.id("progress:job"), "Done");
            assertTrue(browser.driver().findElement(By.id("progress:job")).getText().contains("1 imported"));
            browser.screenshot("import-done");
        }
    }

    static JsonObject startImport(String user, String csv, String fileName) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Crm.URL + "api/imports/leads?fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Authorization", basic(user)).header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    static JsonObject awaitDone(JsonObject job) throws InterruptedException {
        return awaitDone(job, "rep1");
    }

    static JsonObject awaitDone(JsonObject job, String user) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject now = Crm.get(user, "imports/" + job.getJsonNumber("id")).json();
            if (now.getBoolean("finished")) {
                assertEquals("DONE", now.getString("status"), now.toString());
                return now;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import did not finish: " + job);
    }

    static String errorFile(String user, long id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Crm.URL + "api/imports/" + id + "/errors"))
                .header("Authorization", basic(user)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Crm.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
