package com.acme.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The web UI in headless Chromium, as a sales rep, a rep of another team and an admin use it. */
class BrowserIT {

    @Test
    void repCreatesAccountAfterValidationMessagesThenAddsContactAndLogsOut() {
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.screenshot("home-rep1");

            browser.open("account/accounts.xhtml");
            browser.visible("list:accounts");
            browser.screenshot("accounts-list");
            browser.click("list:newAccount");

            browser.type("form:website", "not a web site");
            browser.click("form:save");
            assertTrue(browser.waitForText(By.id("form:nameMessage"), "must not be blank").length() > 0);
            assertTrue(browser.waitForText(By.id("form:websiteMessage"), "must be a web address").length() > 0);
            browser.screenshot("account-validation");

            String name = Crm.unique("Browser Made");
            browser.type("form:name", name);
            browser.type("form:website", "www.browser-made.example");
            browser.type("form:city", "Lyon");
            browser.click("form:save");
            browser.waitForUrl("id=");
            assertTrue(browser.waitForText(By.id("form:messages"), "saved").contains(name));
            browser.screenshot("account-saved");

            browser.click("addContact");
            browser.type("form:firstName", "Grace");
            browser.type("form:lastName", "Hopper");
            browser.type("form:email", "grace.hopper@example.com");
            browser.click("form:save");
            browser.waitForUrl("contact.xhtml?id=");
            assertTrue(browser.waitForText(By.id("form:messages"), "saved").contains("Grace Hopper"));
            assertEquals(name, browser.driver().findElement(By.id("form:account_input")).getAttribute("value"));
            browser.screenshot("contact-saved");

            browser.click("menuForm:logout");
            browser.waitForUrl("login.xhtml");
            browser.open("account/accounts.xhtml");
            browser.waitForUrl("login.xhtml?next=");
            browser.visible("login:username");
        }
    }

    @Test
    void concurrentEditIsRefusedWithReloadOffered() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Edited Twice"));
        long id = account.getJsonNumber("id").longValue();
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            browser.open("account/account.xhtml?id=" + id);
            browser.visible("form:industry");

            // a colleague saves the same account meanwhile
            assertEquals(200, Crm.as("manager1", "PUT", "accounts/" + id,
                    Json.createObjectBuilder(account).add("industry", "Changed by manager").build()).status());

            browser.type("form:industry", "Changed in browser");
            browser.click("form:save");
            assertTrue(browser.waitForText(By.id("form:messages"), "changed by someone else").contains("Nothing was saved"));
            browser.visible("form:reload");
            browser.screenshot("account-conflict");
            browser.click("form:reload");
            browser.waitForText(By.id("form:messages"), "Reloaded");
            assertEquals("Changed by manager", browser.visible("form:industry").getAttribute("value"));
        }
        assertEquals("Changed by manager", Crm.get("rep1", "accounts/" + id).json().getString("industry"));
    }

    @Test
    void repOfAnotherTeamOpeningAccountByUrlIsRefused() {
        long id = Crm.newAccount("rep1", Crm.unique("Not For Rep2")).getJsonNumber("id").longValue();
        try (Browser browser = new Browser()) {
            browser.logIn("rep2", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep2");
            browser.open("account/account.xhtml?id=" + id);
            assertEquals("Not allowed", browser.visible("status").getText());
            assertTrue(browser.visible("reason").getText().contains("belongs to another team"));
            browser.screenshot("account-forbidden");
        }
    }

    @Test
    void wrongPasswordAndDeactivatedUserCannotLogIn() {
        String username = "ui" + Crm.unique("").strip().toLowerCase();
        JsonObject user = Crm.newUser(username, "long-enough-2", "SALES_REP");
        Crm.as("admin", "PUT", "users/" + user.getJsonNumber("id") + "/active",
                Json.createObjectBuilder().add("active", false).build());
        try (Browser browser = new Browser()) {
            browser.tryLogIn("rep1", "wrong-password");
            assertTrue(browser.waitForText(By.id("login:messages"), "Wrong user name or password").length() > 0);
            browser.screenshot("login-failed");

            browser.tryLogIn(username, "long-enough-2");
            browser.waitForText(By.id("login:messages"), "deactivated");
            assertTrue(browser.driver().getCurrentUrl().contains("login"));
        }
    }

    @Test
    void adminPagesAreForAdminsOnly() {
        try (Browser browser = new Browser()) {
            browser.logIn("rep1", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "rep1");
            assertTrue(browser.driver().findElements(By.id("menuForm:usersMenu")).isEmpty());
            browser.open("admin/users.xhtml");
            assertTrue(browser.driver().getPageSource().contains("403") || browser.driver().getPageSource().contains("Forbidden")
                    || browser.driver().getPageSource().contains("Not allowed"), "rep1 is refused the admin page");
        }
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.waitForText(By.id("currentUser"), "admin");
            browser.open("admin/users.xhtml");
            browser.waitForText(By.id("list:users"), "admin");
            // the database may hold many users (other tests', an imported company): find rep1 as an admin would
            browser.type("list:search", "rep1");
            browser.waitForText(By.id("list:users"), "rep1");
            browser.screenshot("admin-users");
            browser.open("admin/lead-settings.xhtml");
            browser.visible("settings:budget");
            assertTrue(browser.waitForText(By.id("reasons:reasonTable"), "No budget").contains("Lost to competitor"));
            browser.screenshot("admin-lead-settings");
        }
    }
}
