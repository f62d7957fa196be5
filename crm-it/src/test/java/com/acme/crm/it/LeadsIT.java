package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Leads through REST and the browser: capture, qualification, conversion, and who may touch them. */
class LeadsIT {

    static JsonObject qualifiableLead(String company) {
        return Json.createObjectBuilder()
                .add("firstName", "Alan").add("lastName", "Turing").add("company", company)
                .add("email", company.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.com")
                .add("source", "WEB").add("campaign", "Autumn fair")
                .add("budgetAmount", 40000).add("budgetCurrency", "EUR").add("budgetConfirmed", true)
                .add("decisionMaker", true).add("need", "Sales team works from spreadsheets")
                .add("needUrgency", "HIGH").add("expectedPurchaseDate", LocalDate.now().plusDays(40).toString())
                .build();
    }

    static JsonObject newLead(String user, JsonObject lead) {
        Crm.Reply reply = as(user, "POST", "leads", lead);
        assertEquals(201, reply.status(), String.valueOf(reply.body()));
        return reply.json();
    }

    @Test
    void webFormLeadIsScoredAndQualifiedOnlyWithTheBantMinimum() {
        JsonObject vague = newLead("rep1", Json.createObjectBuilder().add("lastName", "Vague").add("source", "WEB").build());
        assertEquals("NEW", vague.getString("status"));
        assertEquals("COLD", vague.getString("rating"));

        Crm.Reply refused = as("rep1", "POST", "leads/" + vague.getJsonNumber("id") + "/qualify", version(vague));
        assertEquals(400, refused.status());
        Set<String> missing = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("need", "expectedPurchaseDate", "budgetAmount"), missing);

        JsonObject good = newLead("rep1", qualifiableLead(Crm.unique("Qualified Co")));
        assertTrue(good.getInt("score") >= 70, "hot: " + good);
        assertEquals(6, good.getJsonArray("scoreFactors").size());
        Crm.Reply qualified = as("rep1", "POST", "leads/" + good.getJsonNumber("id") + "/qualify", version(good));
        assertEquals(200, qualified.status());
        assertEquals("QUALIFIED", qualified.json().getString("status"));
    }

    @Test
    void anotherTeamCannotSeeQualifyOrConvertTheLead() {
        JsonObject lead = newLead("rep1", qualifiableLead(Crm.unique("East Only")));
        String path = "leads/" + lead.getJsonNumber("id");
        assertEquals(403, get("rep2", path).status());
        assertEquals(403, as("rep2", "POST", path + "/qualify", version(lead)).status());
        assertEquals(403, get("rep2", path + "/conversion").status());
        assertEquals(403, get("support1", "leads").status());
        assertEquals(200, get("manager1", path).status());
    }

    @Test
    void convertingOverRestCreatesAccountContactAndDeal() {
        String company = Crm.unique("Rest Converted");
        JsonObject lead = newLead("rep1", qualifiableLead(company));
        String path = "leads/" + lead.getJsonNumber("id");
        JsonObject qualified = as("rep1", "POST", path + "/qualify", version(lead)).json();

        JsonObject preview = get("rep1", path + "/conversion").json();
        assertEquals(company, preview.getString("newAccountName"));
        Crm.Reply converted = as("rep1", "POST", path + "/conversion", Json.createObjectBuilder()
                .add("leadVersion", qualified.getJsonNumber("version"))
                .add("opportunityName", preview.getString("opportunityName"))
                .add("amount", 38000).add("currency", "EUR")
                .add("expectedCloseDate", LocalDate.now().plusDays(60).toString()).build());
        assertEquals(200, converted.status(), String.valueOf(converted.body()));
        assertEquals("CONVERTED", converted.json().getString("status"));
        JsonObject account = get("rep1", "accounts/" + converted.json().getJsonNumber("convertedAccountId")).json();
        assertEquals(company, account.getString("name"));
        assertEquals(409, as("rep1", "POST", path + "/qualify", version(converted.json())).status());
    }

    @Test
    void repQualifiesAndConvertsALeadInTheBrowser() {
        String company = Crm.unique("Browser Lead Co");
        JsonObject lead = newLead("rep1", qualifiableLead(company));
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("lead/leads.xhtml");
            browser.visible("list:leads");
            browser.screenshot("leads-list");
            browser.open("lead/lead.xhtml?id=" + lead.getJsonNumber("id"));
            assertTrue(browser.visible("form:score").getText().contains("Hot"));
            browser.screenshot("lead-detail");

            browser.click("timelineForm:logActivity");
            browser.type("timelineForm:subject", "Call about the demo");
            browser.click("timelineForm:saveActivity");
            browser.waitForText(By.id("timelineForm:timeline"), "Call about the demo");
            browser.screenshot("lead-timeline");

            browser.click("form:qualify");
            browser.waitForText(By.id("form:status"), "Qualified");
            browser.click("form:convert");
            browser.visible("convertForm:opportunityName");
            browser.screenshot("lead-convert-dialog");
            browser.click("convertForm:confirmConvert");
            browser.waitForText(By.id("form:status"), "Converted");
            assertTrue(browser.visible("form:converted").getText().contains("Converted into"));
            browser.screenshot("lead-converted");

            browser.open("activity/activities.xhtml");
            browser.visible("list:activities");
            browser.screenshot("my-activities");
        }
    }

    @Test
    void callWithSomeoneUnknownCreatesTheLeadAndShowsInMyActivities() {
        String name = Crm.unique("Unknown Caller");
        Crm.Reply logged = as("rep1", "POST", "activities", Json.createObjectBuilder()
                .add("type", "CALL").add("subject", "Call back " + name)
                .add("startsAt", java.time.LocalDateTime.now().plusDays(1).withNano(0).toString())
                .add("done", false)
                .add("newLead", Json.createObjectBuilder().add("lastName", name).add("phone", "+1 555 0100 200"))
                .build());
        assertEquals(201, logged.status(), String.valueOf(logged.body()));
        long leadId = logged.json().getJsonNumber("leadId").longValue();
        JsonObject lead = get("rep1", "leads/" + leadId).json();
        assertEquals("PHONE", lead.getString("source"));
        assertEquals("WORKING", lead.getString("status"));

        assertTrue(get("rep1", "activities?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("subject").equals("Call back " + name)));
        assertEquals(1, get("rep1", "activities/timeline?lead=" + leadId).body().asJsonArray().size());
        assertEquals(403, get("rep2", "activities/timeline?lead=" + leadId).status());

        // a call that happened raises engagement: the lead changes, and the change is rep1's
        int scoreBefore = lead.getInt("score");
        assertEquals(201, as("rep1", "POST", "activities", Json.createObjectBuilder()
                .add("type", "CALL").add("subject", "Reached " + name).add("leadId", leadId).add("done", true)
                .add("startsAt", java.time.LocalDateTime.now().minusHours(1).withNano(0).toString()).build()).status());
        JsonObject after = get("rep1", "leads/" + leadId).json();
        assertTrue(after.getInt("score") > scoreBefore, after.toString());
        assertEquals("rep1", after.getString("updatedBy"));
    }

    @Test
    void everyoneSellingReadsTheScoringSettingsButOnlyAdminsChangeThem() {
        JsonObject settings = get("rep1", "lead-settings").json();
        assertEquals(70, settings.getInt("hotThreshold"));
        assertEquals(403, as("rep1", "PUT", "lead-settings", settings).status());
        // a change no lead here can feel (they have no industry), undone below
        JsonObject changed = Json.createObjectBuilder(settings).add("targetIndustries", "test-" + System.nanoTime()).build();
        Crm.Reply saved = as("admin", "PUT", "lead-settings", changed);
        assertEquals(200, saved.status(), String.valueOf(saved.body()));
        assertEquals(409, as("admin", "PUT", "lead-settings", settings).status(), "stale version");
        assertEquals(200, as("admin", "PUT", "lead-settings", Json.createObjectBuilder(settings)
                .add("version", saved.json().getJsonNumber("version")).build()).status());
        Crm.Reply reason = as("admin", "POST", "lead-settings/disqualification-reasons",
                Json.createObjectBuilder().add("name", Crm.unique("Budget frozen")).build());
        assertEquals(201, reason.status());
        assertEquals(204, as("admin", "DELETE", "lead-settings/disqualification-reasons/"
                + reason.json().getJsonNumber("id"), null).status());
    }

    private static JsonObject version(JsonObject lead) {
        return Json.createObjectBuilder().add("version", (JsonValue) lead.getJsonNumber("version")).build();
    }
}
