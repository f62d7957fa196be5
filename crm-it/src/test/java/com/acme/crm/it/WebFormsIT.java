package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public site's forms, posted as a visitor's browser and a site's script would: without a
 * CRM login, with the form's key. Each test has its own form, so the per-address limit of one
 * test does not touch another's.
 */
class WebFormsIT {

    private static final HttpClient VISITOR = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Answer(int status, HttpResponse<String> response) {
        JsonObject json() {
            return Json.createReader(new StringReader(response.body())).readObject();
        }
    }

    static JsonObject newForm(String name, String campaign, String thanks) {
        long rep1 = get("rep1", "me").json().getJsonNumber("id").longValue();
        var body = Json.createObjectBuilder().add("name", name).add("source", "EVENT").add("campaign", campaign)
                .add("ownerId", rep1);
        if (thanks != null) {
            body.add("redirectUrl", thanks);
        }
        Crm.Reply created = as("admin", "POST", "web-forms", body.build());
        assertEquals(201, created.status(), String.valueOf(created.body()));
        return created.json();
    }

    /** An HTML form's post: its fields, urlencoded, no login. */
    static Answer postFields(String key, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Crm.URL + "api/forms/" + key + "/leads"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A script's post: JSON, no login. */
    static Answer postJson(String key, JsonObject entry) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(Crm.URL + "api/forms/" + key + "/leads"))
                .header("Content-Type", "application/json").header("Origin", "https://www.example.com")
                .POST(HttpRequest.BodyPublishers.ofString(entry.toString())));
    }

    private static Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = VISITOR.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response);
    }

    static List<JsonObject> leadsNamed(String user, String lastName) {
        return get(user, "leads?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    static Map<String, String> visitor(String lastName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", "Jürgen");
        fields.put("lastName", lastName);
        fields.put("email", "juergen@example.com");
        fields.put("company", "Öko Werk GmbH");
        fields.put("message", "Please call me about 40 licences.\nBest, J.");
        return fields;
    }

    @Test
    void aVisitorsFormBecomesALeadOfTheFormsOwnerWithItsSourceAndCampaign() throws Exception {
        String campaign = Crm.unique("Trade fair");
        JsonObject form = newForm(Crm.unique("Fair form"), campaign, "https://www.example.com/thank-you");
        String key = form.getString("key");
        assertTrue(key.length() >= 32, "an unguessable key: " + key);

        String fromBrowser = Crm.unique("Formfield");
        Answer posted = postFields(key, visitor(fromBrowser));
        assertEquals(303, posted.status(), posted.response().body());
        assertEquals("https://www.example.com/thank-you", posted.response().headers().firstValue("Location").orElse(null),
                "the visitor's browser goes on to the site's thank-you page");

        String fromScript = Crm.unique("Scripted");
        Answer scripted = postJson(key, Json.createObjectBuilder().add("lastName", fromScript).add("phone", "+49 30 1234567").build());
        assertEquals(202, scripted.status(), scripted.response().body());
        assertTrue(scripted.json().getString("message").startsWith("Thank you"));
        assertEquals("*", scripted.response().headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "the site's script may read the answer");

        List<JsonObject> leads = leadsNamed("rep1", fromBrowser);
        assertEquals(1, leads.size(), "the form's owner has the lead");
        JsonObject lead = get("rep1", "leads/" + leads.get(0).getJsonNumber("id")).json();
        assertEquals("EVENT", lead.getString("source"));
        assertEquals(campaign, lead.getString("campaign"));
        assertEquals(form.getJsonNumber("ownerId").longValue(), lead.getJsonNumber("ownerId").longValue());
        assertEquals("Jürgen", lead.getString("firstName"), "UTF-8 as the visitor typed it");
        assertEquals("Öko Werk GmbH", lead.getString("company"));
        assertEquals("Please call me about 40 licences.\nBest, J.", lead.getString("notes"));
        assertEquals("NEW", lead.getString("status"));
        assertEquals(1, leadsNamed("rep1", fromScript).size());
        assertEquals(0, leadsNamed("rep2", fromBrowser).size(), "another team does not see it");
        assertEquals(2, get("admin", "web-forms/" + form.getJsonNumber("id")).json().getJsonNumber("leadsCreated").intValue());
    }

    @Test
    void whatIsNotALeadIsRefusedWithTheFieldAndNothingIsSaved() throws Exception {
        String key = newForm(Crm.unique("Strict form"), "Strict", null).getString("key");
        Map<String, String> noName = visitor("");
        Answer refused = postFields(key, noName);
        assertEquals(400, refused.status());
        assertTrue(refused.response().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("lastName", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        String nameless = Crm.unique("Unreachable");
        Answer noContact = postJson(key, Json.createObjectBuilder().add("lastName", nameless).build());
        assertEquals(400, noContact.status());
        assertTrue(noContact.json().toString().contains("we need a way to answer"), noContact.json().toString());

        Map<String, String> extra = visitor(Crm.unique("Extra"));
        extra.put("budget", "1000000");
        Answer unknown = postFields(key, extra);
        assertEquals(400, unknown.status());
        assertEquals("budget", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(!unknown.response().body().contains("fax"), "the honeypot is not named: " + unknown.response().body());

        Map<String, String> badMail = visitor(Crm.unique("Badmail"));
        badMail.put("email", "not an address");
        assertEquals(400, postFields(key, badMail).status());
        assertEquals(0, leadsNamed("admin", nameless).size());

        Answer plain = postFields(key, visitor(Crm.unique("Plain")));
        assertEquals(202, plain.status(), "without a thank-you page the answer is the receipt");
        assertEquals(415, send(HttpRequest.newBuilder(URI.create(Crm.URL + "api/forms/" + key + "/leads"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("lastName=X"))).status());
    }

    @Test
    void aRobotFillingTheHoneypotIsThankedAndCreatesNothing() throws Exception {
        String key = newForm(Crm.unique("Honey form"), "Honey", "https://www.example.com/thanks").getString("key");
        String robot = Crm.unique("Robot");
        Map<String, String> fields = visitor(robot);
        fields.put("fax", "+1 555 0100");
        Answer answer = postFields(key, fields);
        assertEquals(303, answer.status(), "answered like a person, so the robot learns nothing");
        assertEquals("https://www.example.com/thanks", answer.response().headers().firstValue("Location").orElse(null));
        Answer scripted = postJson(key, Json.createObjectBuilder().add("lastName", robot).add("email", "r@example.com")
                .add("fax", "x").build());
        assertEquals(202, scripted.status());
        assertEquals(0, leadsNamed("admin", robot).size(), "but no lead");
    }

    @Test
    void aRevokedOrMadeUpKeyTakesNoPosts() throws Exception {
        JsonObject form = newForm(Crm.unique("Old form"), "Old", null);
        String key = form.getString("key");
        assertEquals(202, postFields(key, visitor(Crm.unique("Before"))).status());
        Crm.Reply stale = as("admin", "POST", "web-forms/" + form.getJsonNumber("id") + "/revoke",
                Json.createObjectBuilder().add("version", form.getJsonNumber("version").longValue() + 5).build());
        assertEquals(409, stale.status(), "a revocation names the version read");
        Crm.Reply revoked = as("admin", "POST", "web-forms/" + form.getJsonNumber("id") + "/revoke",
                Json.createObjectBuilder().add("version", get("admin", "web-forms/" + form.getJsonNumber("id")).json()
                        .getJsonNumber("version").longValue()).build());
        assertEquals(200, revoked.status(), String.valueOf(revoked.body()));
        assertTrue(revoked.json().getBoolean("revoked"));

        String after = Crm.unique("After");
        Answer refused = postFields(key, visitor(after));
        assertEquals(404, refused.status());
        Answer madeUp = postFields("made-up-key-made-up-key-made-up-", visitor(after));
        assertEquals(404, madeUp.status());
        assertEquals(refused.json().getString("detail"), madeUp.json().getString("detail"),
                "a revoked key and a made-up one get the same words");
        assertEquals(0, leadsNamed("admin", after).size());
        assertTrue(get("admin", "web-forms").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("key").equals(key) && f.getBoolean("revoked")), "kept for its history");
        assertEquals(403, get("rep1", "web-forms").status(), "web forms are the admins'");
    }

    @Test
    void theSixthPostFromOneAddressWithinTenMinutesWaits() throws Exception {
        String key = newForm(Crm.unique("Busy form"), "Busy", null).getString("key");
        for (int i = 1; i <= 5; i++) {
            Map<String, String> fields = visitor(Crm.unique("Busy" + i));
            if (i == 3) {
                fields.put("fax", "robots count too");
            }
            assertEquals(202, postFields(key, fields).status(), "post " + i);
        }
        String sixth = Crm.unique("Sixth");
        Answer waited = postFields(key, visitor(sixth));
        assertEquals(429, waited.status());
        long retryAfter = Long.parseLong(waited.response().headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 600, "try again within the 10 minutes: " + retryAfter);
        assertTrue(waited.json().getString("detail").contains("try again"), waited.json().toString());
        assertEquals(0, leadsNamed("admin", sixth).size());
    }

    @Test
    void anAdminCreatesAFormOnItsPageAndGetsTheHtmlForTheSite() throws InterruptedException {
        String name = Crm.unique("Contact us");
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.open("admin/web-forms.xhtml");
            browser.type("edit:name", name);
            browser.click("edit:save");
            browser.waitForText(By.id("edit"), "who works the form's leads");
            // the menu animates open, and a click during the animation can miss: the label says whether it took
            for (int i = 0; i < 3 && !browser.visible("edit:owner_label").getText().equals("Riley Reed"); i++) {
                browser.click("edit:owner");
                browser.clickWhenReady(By.cssSelector("li.ui-selectonemenu-item[data-label='Riley Reed']"));
                Thread.sleep(500);
            }
            assertEquals("Riley Reed", browser.visible("edit:owner_label").getText(), "the owner is chosen");
            browser.type("edit:redirect", "ftp://example.com");
            browser.click("edit:save");
            browser.waitForText(By.id("edit"), "must be an http or https address");
            browser.type("edit:redirect", "https://www.example.com/thank-you");
            browser.click("edit:save");
            browser.waitForText(By.id("edit:messages"), "created");
            browser.waitForText(By.id("forms:table"), name);
            String snippet = browser.visible("snippet").getText();
            JsonObject form = get("admin", "web-forms").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow();
            assertTrue(snippet.contains("/crm/api/forms/" + form.getString("key") + "/leads"), snippet);
            assertTrue(snippet.contains("name=\"fax\"") && snippet.contains("aria-hidden"), "the honeypot, hidden: " + snippet);
            browser.screenshot("web-forms");
            browser.driver().findElements(By.xpath("//tr[td//strong[text()='" + name + "']]//button[span[text()='Revoke']]")).get(0).click();
            browser.clickWhenReady(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("edit:messages"), "revoked");
            assertTrue(get("admin", "web-forms/" + form.getJsonNumber("id")).json().getBoolean("revoked"));
        }
    }
}
