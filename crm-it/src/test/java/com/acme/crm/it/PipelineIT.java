package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The pipeline end to end: REST refusals that say what is missing, and moving cards on the board in Chromium. */
class PipelineIT {

    static JsonObject newDeal(String user, long accountId, String name, long amount) {
        Crm.Reply reply = as(user, "POST", "opportunities", Json.createObjectBuilder().add("name", name)
                .add("accountId", accountId).add("amount", amount).add("currency", "EUR").build());
        assertEquals(201, reply.status(), String.valueOf(reply.body()));
        return reply.json();
    }

    static long stageId(String name) {
        return get("rep1", "stages").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static JsonObject qualify(JsonObject deal) {
        JsonObject body = Json.createObjectBuilder(deal).add("budgetAmount", 90000).add("decisionMaker", "Dana Scully")
                .add("needsProblems", "Spreadsheets everywhere").add("expectedCloseDate", LocalDate.now().plusMonths(2).toString())
                .build();
        Crm.Reply reply = as("rep1", "PUT", "opportunities/" + deal.getJsonNumber("id"), body);
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
        return reply.json();
    }

    @Test
    void aRefusedMoveAnswers409NamingWhatIsMissingAndAMetOneIsRecorded() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Acme Rockets"));
        JsonObject deal = newDeal("rep1", account.getJsonNumber("id").longValue(), "Rocket skates", 40000);
        assertEquals("Prospecting", deal.getString("stageName"));
        String path = "opportunities/" + deal.getJsonNumber("id");

        Crm.Reply refused = as("rep1", "POST", path + "/move", Json.createObjectBuilder()
                .add("version", deal.getJsonNumber("version")).add("stageId", stageId("Qualification")).build());
        assertEquals(409, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.json().getString("detail").startsWith("Cannot move \"Rocket skates\" to Qualification: the budget is not known"),
                refused.json().getString("detail"));
        assertEquals(List.of("budgetAmount", "decisionMaker", "needsProblems", "expectedCloseDate"),
                refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        assertEquals(403, get("rep2", path).status());
        assertEquals(403, as("rep1", "POST", "stages", Json.createObjectBuilder().add("name", "Mine").add("position", 9)
                .add("probability", 50).add("kind", "OPEN").add("maxDays", 10).build()).status());

        JsonObject qualified = qualify(deal);
        Crm.Reply moved = as("rep1", "POST", path + "/move", Json.createObjectBuilder()
                .add("version", qualified.getJsonNumber("version")).add("stageId", stageId("Qualification")).build());
        assertEquals(200, moved.status(), String.valueOf(moved.body()));
        assertEquals("Qualification", moved.json().getString("stageName"));
        var history = get("rep1", path + "/history").body().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("Prospecting", "Qualification"), history.stream().map(m -> m.getString("toStage")).toList());
        assertEquals("rep1", history.get(1).getString("movedBy"));
    }

    @Test
    void repDragsACardTheBoardExplainsARefusalAndMovesAQualifiedDeal() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Board Co"));
        String name = Crm.unique("Huge deal");
        JsonObject deal = newDeal("rep1", account.getJsonNumber("id").longValue(), name, 900_000_000L);
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("pipeline/board.xhtml");
            drag(browser, name, "Qualification");
            String refusal = browser.waitForText(By.id("board:messages"), "Cannot move");
            assertTrue(refusal.contains("the budget is not known"), refusal);
            browser.screenshot("board-refused");

            qualify(deal);
            browser.open("pipeline/board.xhtml");
            drag(browser, name, "Qualification");
            browser.waitForText(By.id("board:messages"), "moved to Qualification");
            assertTrue(column(browser, "Qualification").getText().contains(name), "the card is in its new column");
            browser.screenshot("board-moved");

            browser.open("pipeline/opportunity.xhtml?id=" + deal.getJsonNumber("id"));
            browser.waitForText(By.id("history"), "Qualification");
            browser.screenshot("opportunity");
            browser.open("pipeline/opportunities.xhtml");
            browser.visible("list:deals");
            browser.screenshot("opportunities");
        }
    }

    @Test
    void aDropAfterTheBoardScrolledSidewaysLandsOnTheColumnUnderThePointer() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Scroll Co"));
        String name = Crm.unique("Scrolled deal");
        newDeal("rep1", account.getJsonNumber("id").longValue(), name, 950_000_000L);
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(900, 900));
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("pipeline/board.xhtml");
            WebElement lost = column(browser, "Closed lost");
            assertTrue(lost.getRect().getX() > 900, "at this width the closed columns start off-screen");
            drag(browser, name, "Closed lost");
            String dialog = browser.waitForText(By.id("moveForm"), " to Closed");
            assertTrue(dialog.contains(name) && dialog.contains(" to Closed lost."), "the drop is the column the card was let go over: "
                    + dialog);
            browser.screenshot("board-drop-after-scroll");
            long scrolled = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return Math.round(document.querySelector('.crm-board').scrollLeft)");
            assertTrue(scrolled > 0, "the board stays where the user scrolled it");
        }
    }

    @Test
    void textTypedOnTheDealPageSurvivesAddingACompetitor() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Typing Co"));
        JsonObject deal = newDeal("rep1", account.getJsonNumber("id").longValue(), Crm.unique("Typed deal"), 40_000L);
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("pipeline/opportunity.xhtml?id=" + deal.getJsonNumber("id"));
            browser.type("form:nextStep", "Call the CFO on Monday");
            // the competitor is chosen in the menu's own select (the dropdown's opening animation races a click on its
            // item, which is not what this test is about)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var s = document.getElementById('competitorsForm:newCompetitor_input');"
                            + " for (var i = 0; i < s.options.length; i++) { if (s.options[i].text === 'Globex CRM') { s.value = s.options[i].value; } }");
            browser.click("competitorsForm:addCompetitor");
            browser.waitForText(By.id("competitorsForm:competitors"), "Globex CRM");
            assertEquals("Call the CFO on Monday", browser.visible("form:nextStep").getAttribute("value"), "nothing typed is lost");
            browser.screenshot("opportunity-typed-kept");
        }
        assertEquals("Call the CFO on Monday", get("rep1", "opportunities/" + deal.getJsonNumber("id")).json().getString("nextStep"),
                "and it was saved with the competitor");
    }

    private static void drag(Browser browser, String dealName, String stageName) {
        WebElement card = browser.present(By.xpath("//div[contains(@class,'crm-deal-card')][.//a[normalize-space()='" + dealName + "']]"));
        WebElement target = column(browser, stageName);
        new Actions(browser.driver()).clickAndHold(card).moveByOffset(10, 10).moveToElement(target).moveByOffset(0, 20)
                .release().perform();
    }

    private static WebElement column(Browser browser, String stageName) {
        return browser.present(By.xpath("//div[contains(@class,'crm-board-column')][.//strong[normalize-space()='" + stageName + "']]"));
    }
}
