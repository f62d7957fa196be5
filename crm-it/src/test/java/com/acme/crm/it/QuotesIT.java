package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Quotes end to end: the REST lifecycle with its refusals, and a quote from draft through approval to invoice in Chromium. */
class QuotesIT {

    static long productId(String code) {
        return get("rep1", "products?q=" + code).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static JsonObject newDeal(String name) {
        JsonObject account = Crm.newAccount("rep1", Crm.unique(name));
        return PipelineIT.newDeal("rep1", account.getJsonNumber("id").longValue(), "Licences for " + account.getString("name"), 5000);
    }

    @Test
    void theRestLifecycleFromDraftToInvoiceWithApprovalAndRefusals() throws Exception {
        JsonObject deal = newDeal("Quote Rest Co");
        Crm.Reply created = as("rep1", "POST", "quotes", Json.createObjectBuilder().add("opportunityId", deal.getJsonNumber("id")).build());
        assertEquals(201, created.status(), String.valueOf(created.body()));
        JsonObject draft = created.json();
        assertEquals("Standard EUR", draft.getString("priceListName"), "the default price list");
        String path = "quotes/" + draft.getJsonNumber("id");

        JsonObject body = Json.createObjectBuilder(draft).add("quoteDiscount", 20)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", productId("CRM-PRO")).add("quantity", 10)))
                .build();
        Crm.Reply priced = as("rep1", "PUT", path, body);
        assertEquals(200, priced.status(), String.valueOf(priced.body()));
        JsonObject totals = priced.json().getJsonObject("totals");
        assertEquals("4800.00", totals.getJsonNumber("listTotal").bigDecimalValue().toPlainString());
        assertEquals("4569.60", totals.getJsonNumber("grandTotal").bigDecimalValue().toPlainString(), "3840.00 + 19 % tax");
        assertTrue(priced.json().getBoolean("needsApproval"));

        Crm.Reply refused = as("rep1", "POST", path + "/send", version(priced.json()));
        assertEquals(409, refused.status());
        assertTrue(refused.json().getString("detail").contains("approve"), refused.json().getString("detail"));
        JsonObject pending = as("rep1", "POST", path + "/approval-request", version(priced.json())).json();
        assertEquals("PENDING_APPROVAL", pending.getString("status"));
        assertEquals(403, get("rep2", path).status());
        assertEquals(403, as("rep1", "POST", path + "/approve", version(pending)).status());
        JsonObject approved = as("manager1", "POST", path + "/approve", version(pending)).json();
        JsonObject sent = as("rep1", "POST", path + "/send", version(approved)).json();
        assertEquals("SENT", sent.getString("status"));

        Crm.Reply accepted = as("rep1", "POST", path + "/accept", version(sent));
        assertEquals(200, accepted.status(), String.valueOf(accepted.body()));
        JsonObject invoice = accepted.json();
        assertEquals("4569.60", invoice.getJsonObject("totals").getJsonNumber("grandTotal").bigDecimalValue().toPlainString());
        assertEquals("Closed won", get("rep1", "opportunities/" + deal.getJsonNumber("id")).json().getString("stageName"));

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Crm.URL + "api/invoices/" + invoice.getJsonNumber("id") + "/pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("rep1:" + Crm.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        String exports = get("admin", "security-events?kind=EXPORT&user=rep1&size=200").body().toString();
        assertTrue(exports.contains("invoice " + invoice.getString("number") + " as PDF"), "admins see who took the invoice out: " + exports);
    }

    @Test
    void aRepQuotesAManagerApprovesAndTheAcceptedQuoteBecomesAnInvoiceInTheBrowser() {
        JsonObject deal = newDeal("Quote Browser Co");
        String quoteUrl;
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("pipeline/opportunity.xhtml?id=" + deal.getJsonNumber("id"));
            browser.click("quotesForm:newQuote");
            browser.waitForUrl("quote/quote.xhtml");
            quoteUrl = browser.driver().getCurrentUrl();

            browser.click("form:addLine");
            browser.click("form:lines:0:product");
            browser.type("form:lines:0:product_filter", "CRM-PRO");
            browser.clickWhenReady(By.cssSelector("li.ui-selectonemenu-item[data-label='CRM-PRO CRM Professional licence']"));
            browser.waitForText(By.id("form:totals"), "480.00");
            WebElement quantity = browser.visible("form:lines:0:quantity");
            quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10", Keys.TAB);
            WebElement discount = browser.visible("form:quoteDiscount");
            discount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20", Keys.TAB);
            browser.waitForText(By.id("form:totals"), "4,569.60");
            // Send with the discount typed but not saved: it is saved, and the refusal says why it cannot go out
            browser.click("form:send");
            browser.waitForText(By.id("form:messages"), "approv");
            assertEquals("20", browser.visible("form:quoteDiscount").getAttribute("value").replace(".00", ""), "the discount is kept");
            browser.click("form:askApproval");
            browser.waitForText(By.id("form:status"), "Pending approval");
            browser.screenshot("quote-pending-approval");
        }
        try (Browser browser = new Browser()) {
            browser.logIn("manager1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "manager1");
            browser.open("quote/approvals.xhtml");
            browser.visible("list:quotes");
            browser.screenshot("quote-approvals");
            browser.driver().get(quoteUrl);
            browser.type("form:approvalComment", "Reference customer");
            browser.click("form:approve");
            browser.waitForText(By.id("form:status"), "Approved");
        }
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.driver().get(quoteUrl);
            browser.click("form:send");
            browser.waitForText(By.id("form:status"), "Sent");
            browser.screenshot("quote-sent");
            browser.click("form:accept");
            browser.present(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForUrl("quote/invoice.xhtml");
            String total = browser.waitForText(By.id("form:grandTotal"), "4,569.60");
            assertEquals("4,569.60", total);
            assertTrue(browser.visible("invoiceNumber").getText().matches("Invoice INV-\\d{4}-\\d{5}"));
            browser.screenshot("invoice");
        }
    }

    @Test
    void adminsKeepTheCatalogueAndThePipelineStages() {
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "admin");
            browser.open("admin/catalogue.xhtml");
            assertTrue(browser.visible("products:table").getText().contains("CRM-PRO"));
            assertTrue(browser.visible("lists:prices").getText().contains("CRM Professional licence"));
            browser.screenshot("admin-catalogue");
            browser.open("admin/pipeline.xhtml");
            assertTrue(browser.visible("stages:table").getText().contains("a quote has been sent to the customer"));
            browser.screenshot("admin-pipeline");
        }
        assertEquals(403, Crm.as("rep1", "POST", "products", Json.createObjectBuilder().add("code", "X").add("name", "X")
                .add("unit", "piece").build()).status());
    }

    private static JsonObject version(JsonObject quote) {
        return Json.createObjectBuilder().add("version", quote.getJsonNumber("version")).build();
    }
}
