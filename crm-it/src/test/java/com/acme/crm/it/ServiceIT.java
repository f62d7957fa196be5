package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Service requests over REST (opening, permissions, steps) and in Chromium (open, assign, resolve). */
class ServiceIT {

    @Test
    void restOpensRequestsWithDueTimesAndOnlySupportResolvesThem() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Service Rest Co"));
        Crm.Reply opened = as("rep1", "POST", "service-requests", Json.createObjectBuilder()
                .add("accountId", account.getJsonNumber("id")).add("subject", "Invoice export fails").add("channel", "EMAIL")
                .add("type", "PROBLEM").add("priority", "HIGH").build());
        assertEquals(201, opened.status(), String.valueOf(opened.body()));
        JsonObject request = opened.json();
        assertEquals("NEW", request.getString("status"));
        assertTrue(request.getString("resolutionDue").compareTo(request.getString("firstResponseDue")) > 0);
        String path = "service-requests/" + request.getJsonNumber("id");

        assertEquals(403, get("rep2", path).status(), "another team's account");
        Crm.Reply repResolves = as("rep1", "POST", path + "/resolve", Json.createObjectBuilder()
                .add("version", request.getJsonNumber("version")).add("resolution", "fixed").build());
        assertEquals(403, repResolves.status());
        assertTrue(repResolves.contentType().startsWith("application/problem+json"));
        Crm.Reply missing = as("support1", "POST", "service-requests", Json.createObjectBuilder().add("subject", "").build());
        assertEquals(400, missing.status());

        JsonObject taken = as("support1", "POST", path + "/assign", Json.createObjectBuilder()
                .add("version", request.getJsonNumber("version")).build()).json();
        assertEquals("ASSIGNED", taken.getString("status"));
        Crm.Reply resolved = as("support1", "POST", path + "/resolve", Json.createObjectBuilder()
                .add("version", taken.getJsonNumber("version")).add("resolution", "Export template repaired").add("satisfaction", 4).build());
        assertEquals(200, resolved.status(), String.valueOf(resolved.body()));
        assertEquals("RESOLVED", resolved.json().getString("status"));
    }

    @Test
    void anAgentOpensAssignsAndResolvesARequestInTheBrowser() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Service Browser Co"));
        try (Browser browser = new Browser()) {
            browser.logIn("support1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "support1");
            browser.open("service/request.xhtml?accountId=" + account.getJsonNumber("id"));
            browser.type("form:subject", "Screen stays black after update");
            browser.click("form:save");
            browser.waitForUrl("service/request.xhtml?id=");
            browser.waitForText(By.id("form:status"), "New");
            browser.click("work:take");
            browser.waitForText(By.id("form:status"), "Assigned");
            browser.waitForText(By.id("form:messages"), "Request \"Screen stays black after update\" is yours now.");
            browser.click("work:start");
            browser.waitForText(By.id("form:status"), "In progress");
            browser.waitForText(By.id("form:messages"), "Work on request \"Screen stays black after update\" started.");
            browser.type("work:note", "Asked the customer to restart in safe mode");
            browser.click("work:addNote");
            browser.waitForText(By.id("work:history"), "internal note");
            browser.type("work:resolution", "Rolled back the graphics driver");
            browser.click("work:resolve");
            browser.waitForText(By.id("form:status"), "Resolved");
            assertTrue(browser.visible("work:history").getText().contains("In progress → Resolved"));
            browser.screenshot("service-request");
            browser.open("service/requests.xhtml?view=all");
            browser.visible("list:requests");
            browser.screenshot("service-requests");
        }
    }

    @Test
    void adminsSeeAndKeepTheServiceLevels() {
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "admin");
            browser.open("admin/service.xhtml");
            assertTrue(browser.visible("settings:targets").getText().contains("Urgent"));
            browser.click("settings:save");
            browser.waitForText(By.id("settings:messages"), "Service levels saved");
            browser.screenshot("admin-service-levels");
        }
        assertEquals(403, as("support1", "PUT", "service-settings", get("admin", "service-settings").json()).status());
    }
}
