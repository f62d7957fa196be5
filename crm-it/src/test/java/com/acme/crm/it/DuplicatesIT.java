package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Merging duplicates over REST and in the browser, and the admin's duplicate review. */
class DuplicatesIT {

    private static JsonObject lead(String lastName, String email, String phone, String title) {
        var lead = Json.createObjectBuilder().add("firstName", "Grace").add("lastName", lastName).add("source", "WEB")
                .add("email", email).add("phone", phone);
        if (title != null) {
            lead.add("title", title);
        }
        return LeadsIT.newLead("rep1", lead.build());
    }

    private static String email() {
        return "grace." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void mergingOverRestTakesChosenFieldsRefusesStaleVersionsAndIsRecorded() {
        String email = email();
        JsonObject kept = lead(Crm.unique("Hopper"), email, "+1 202 555 0101", "Engineer");
        JsonObject gone = lead(kept.getString("lastName"), email, "+1 202 555 0199", "Rear Admiral");
        String query = "merges/preview?kind=lead&survivor=" + kept.getJsonNumber("id") + "&duplicate=" + gone.getJsonNumber("id");

        Crm.Reply preview = get("rep1", query);
        assertEquals(200, preview.status(), String.valueOf(preview.body()));
        JsonObject title = preview.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("title")).findFirst().orElseThrow();
        assertEquals("Rear Admiral", title.getString("duplicateValue"));
        assertEquals(403, get("rep2", query).status(), "another team's rep may not merge rep1's leads");
        assertEquals(400, get("rep1", query.replace("kind=lead", "kind=opportunity")).status());

        var decision = Json.createObjectBuilder().add("kind", "LEAD")
                .add("survivorId", kept.getJsonNumber("id")).add("duplicateId", gone.getJsonNumber("id"))
                .add("duplicateVersion", gone.getJsonNumber("version"))
                .add("fromDuplicate", Json.createArrayBuilder().add("title"));
        Crm.Reply stale = as("rep1", "POST", "merges", decision.add("survivorVersion", kept.getInt("version") - 1).build());
        assertEquals(409, stale.status());
        assertTrue(stale.contentType().startsWith("application/problem+json"), stale.contentType());

        decision = Json.createObjectBuilder().add("kind", "LEAD")
                .add("survivorId", kept.getJsonNumber("id")).add("survivorVersion", preview.json().getJsonNumber("survivorVersion"))
                .add("duplicateId", gone.getJsonNumber("id")).add("duplicateVersion", preview.json().getJsonNumber("duplicateVersion"))
                .add("fromDuplicate", Json.createArrayBuilder().add("title"));
        Crm.Reply merged = as("rep1", "POST", "merges", decision.build());
        assertEquals(200, merged.status(), String.valueOf(merged.body()));
        assertEquals("Rear Admiral", get("rep1", "leads/" + kept.getJsonNumber("id")).json().getString("title"));
        assertEquals(404, get("rep1", "leads/" + gone.getJsonNumber("id")).status());
        var history = Crm.get("rep1", "merges?kind=lead&survivor=" + kept.getJsonNumber("id"));
        assertEquals(200, history.status());
        assertTrue(history.body().toString().contains("+1 202 555 0199"), "the merged lead's values are kept: " + history.body());
    }

    @Test
    void aMergedImportedLeadDoesNotComeBackWithTheNextImport() throws Exception {
        String tag = Crm.unique("mrg").replace(" ", "");
        String csv = "First Name,Last Name,Email,Phone,Company\r\n"
                + "Emmy,Noether," + tag + "@example.com,+49 30 555 0101,Erlangen " + tag + "\r\n"
                + "Emmy,Noether," + tag + "@example.com,+49 30 555 0102,Erlangen " + tag + "\r\n";
        assertEquals(2, ImportIT.awaitDone(ImportIT.startImport("rep1", csv, "twice.csv")).getInt("importedRows"));
        var found = get("rep1", "leads?q=" + tag).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, found.size());
        JsonObject preview = get("rep1", "merges/preview?kind=lead&survivor=" + found.get(0).getJsonNumber("id")
                + "&duplicate=" + found.get(1).getJsonNumber("id")).json();
        assertEquals(200, as("rep1", "POST", "merges", Json.createObjectBuilder().add("kind", "LEAD")
                .add("survivorId", preview.getJsonNumber("survivorId")).add("survivorVersion", preview.getJsonNumber("survivorVersion"))
                .add("duplicateId", preview.getJsonNumber("duplicateId")).add("duplicateVersion", preview.getJsonNumber("duplicateVersion"))
                .build()).status());

        JsonObject again = ImportIT.awaitDone(ImportIT.startImport("rep1", csv, "twice.csv"));
        assertEquals(0, again.getInt("importedRows"));
        assertEquals(2, again.getInt("skippedRows"));
        assertEquals(1, get("rep1", "leads?q=" + tag).json().getInt("total"));
    }

    @Test
    void repMergesTwoLeadsFieldByFieldInTheBrowserAndAdminReviewsTheScan() {
        String email = email();
        JsonObject kept = lead(Crm.unique("Lamarr"), email, "+1 310 555 0100", null);
        JsonObject gone = lead(kept.getString("lastName"), email, "+1 310 555 0142", "Inventor");
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("lead/lead.xhtml?id=" + kept.getJsonNumber("id"));
            browser.waitForText(By.id("form:duplicates"), "same e-mail");
            browser.driver.findElement(By.linkText("Merge…")).click();
            browser.waitForText(By.id("form:fields"), "Inventor");
            browser.screenshot("merge-leads");
            // take the merged lead's phone and title (rows 1 and 3: name, title, e-mail, phone, ...)
            browser.driver.findElement(By.cssSelector("[id='form:fields:1:take'] .ui-radiobutton-box")).click();
            browser.driver.findElement(By.cssSelector("[id='form:fields:3:take'] .ui-radiobutton-box")).click();
            browser.click("form:merge");
            browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForUrl("lead/lead.xhtml");
            browser.waitForText(By.id("form:messages"), "Merged");
            assertEquals("+1 310 555 0142", browser.visible("form:phone").getAttribute("value"));
            assertEquals("Inventor", browser.visible("form:title").getAttribute("value"));
            assertTrue(browser.visible("mergeHistory").getText().contains("values taken: Title, Phone"));
            browser.screenshot("lead-after-merge");
        }
        assertEquals(404, get("rep1", "leads/" + gone.getJsonNumber("id")).status());

        JsonObject other = lead(Crm.unique("Noether"), email(), "+49 30 555 0101", null);
        lead(other.getString("lastName"), other.getString("email"), "+49 30 555 0102", null);
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "admin");
            browser.open("admin/duplicates.xhtml");
            browser.click("form:scan");
            browser.waitForText(By.id("form:messages"), "Scan finished");
            assertTrue(browser.visible("form:groups").getText().contains(other.getString("lastName"))
                    || get("admin", "duplicates/groups?kind=lead&size=200").body().toString().contains(other.getString("lastName")),
                    "the new pair is listed for review");
            browser.screenshot("admin-duplicates");
        }
        assertEquals(403, as("rep1", "POST", "duplicates/scan", null).status());
    }
}
