package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The REST API under /crm/api as a client sees it: statuses, problem bodies, rules. */
class ApiIT {

    @Test
    void anonymousRequestsGet401WithProblemJson() {
        Crm.Reply reply = Crm.call("GET", "accounts", null, null, null);
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void wrongPasswordGets401() {
        assertEquals(401, Crm.call("GET", "me", "rep1", "not-the-password", null).status());
    }

    @Test
    void repCreatesAccountAndFindsItInTheirList() {
        String name = Crm.unique("Api Created");
        Crm.Reply created = as("rep1", "POST", "accounts", Json.createObjectBuilder().add("name", name).build());
        assertEquals(201, created.status());
        assertNotNull(created.location());
        assertEquals("Riley Reed", created.json().getString("ownerName"));

        Crm.Reply list = get("rep1", "accounts?q=" + name.replace(" ", "%20"));
        assertEquals(1, list.json().getInt("total"));
        assertEquals(name, list.json().getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void secondAccountWithSameNormalisedNameComesWithDuplicateWarning() {
        String name = Crm.unique("Dupe Check");
        Crm.newAccount("rep1", name + " GmbH");
        Crm.Reply second = as("rep2", "POST", "accounts", Json.createObjectBuilder().add("name", name.toUpperCase() + ", Inc.").build());
        assertEquals(201, second.status());
        assertEquals(1, second.json().getJsonArray("duplicateWarnings").size(), second.json().toString());
        assertTrue(second.json().getJsonArray("duplicateWarnings").getString(0).contains("Riley Reed"));
    }

    @Test
    void repOfAnotherTeamCannotReadChangeOrDeleteAccount() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Team East Secret"));
        long id = account.getJsonNumber("id").longValue();
        JsonObject change = Json.createObjectBuilder(account).add("industry", "Hacked").build();

        assertEquals(403, get("rep2", "accounts/" + id).status());
        assertEquals(403, as("rep2", "PUT", "accounts/" + id, change).status());
        assertEquals(403, as("rep2", "DELETE", "accounts/" + id, null).status());
        assertEquals(0, get("rep2", "accounts?q=" + account.getString("name").replace(" ", "%20")).json().getInt("total"));
        assertEquals(403, get("manager2", "accounts/" + id).status());

        assertEquals(200, get("manager1", "accounts/" + id).status(), "rep1's manager sees the team's accounts");
        assertEquals(200, get("support1", "accounts/" + id).status(), "support sees all customers");
        assertEquals("Testing", get("rep1", "accounts/" + id).json().getString("industry"), "nothing was changed");
    }

    @Test
    void invalidInputGives400NamingEachFieldAndSavesNothing() {
        String website = "not a web site " + Crm.unique("x");
        Crm.Reply reply = as("rep1", "POST", "accounts", Json.createObjectBuilder()
                .add("name", " ").add("website", website).add("employees", -5).build());
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        Set<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("name", "website", "employees"), fields);
    }

    @Test
    void unreadableJsonGives400() {
        Crm.Reply reply = as("rep1", "POST", "accounts", Json.createValue("just a string"));
        assertEquals(400, reply.status());
    }

    @Test
    void updateWithStaleVersionGives409AndKeepsTheFirstChange() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Concurrent"));
        long id = account.getJsonNumber("id").longValue();
        Crm.Reply first = as("rep1", "PUT", "accounts/" + id, Json.createObjectBuilder(account).add("industry", "First").build());
        assertEquals(200, first.status());
        Crm.Reply second = as("manager1", "PUT", "accounts/" + id, Json.createObjectBuilder(account).add("industry", "Second").build());
        assertEquals(409, second.status());
        assertTrue(second.json().getString("detail").contains("changed by someone else"));
        assertEquals("First", get("rep1", "accounts/" + id).json().getString("industry"));
    }

    @Test
    void accountWithContactsCannotBeDeletedUntilTheyAreGone() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Has Contacts"));
        long id = account.getJsonNumber("id").longValue();
        Crm.Reply contact = as("rep1", "POST", "contacts", Json.createObjectBuilder()
                .add("firstName", "Ada").add("lastName", "Lovelace").add("email", "ada@example.com")
                .add("accountId", id).add("buyingRole", "DECISION_MAKER").build());
        assertEquals(201, contact.status());
        assertEquals(1, get("rep1", "accounts/" + id + "/contacts").body().asJsonArray().size());

        Crm.Reply refused = as("rep1", "DELETE", "accounts/" + id, null);
        assertEquals(409, refused.status());
        assertTrue(refused.json().getString("detail").contains("1 contact"));

        assertEquals(204, as("rep1", "DELETE", "contacts/" + contact.json().getJsonNumber("id"), null).status());
        assertEquals(204, as("rep1", "DELETE", "accounts/" + id, null).status());
        assertEquals(404, get("rep1", "accounts/" + id).status());
    }

    @Test
    void contactEmailIsValidated() {
        Crm.Reply reply = as("rep1", "POST", "contacts", Json.createObjectBuilder()
                .add("lastName", "Nobody").add("email", "not-an-email").build());
        assertEquals(400, reply.status());
        assertEquals("email", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void managerAssignsWithinTeamOnlyAndAdminAnywhere() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Reassign"));
        long id = account.getJsonNumber("id").longValue();
        long rep2 = ownerId("rep2");
        long manager1 = ownerId("manager1");

        assertEquals(403, as("rep1", "PUT", "accounts/" + id + "/owner", owner(manager1)).status(), "reps do not reassign");
        assertEquals(403, as("manager1", "PUT", "accounts/" + id + "/owner", owner(rep2)).status(), "rep2 is in another team");
        assertEquals(200, as("manager1", "PUT", "accounts/" + id + "/owner", owner(manager1)).status());
        Crm.Reply moved = as("admin", "PUT", "accounts/" + id + "/owner", owner(rep2));
        assertEquals(200, moved.status());
        assertEquals("Sam Stone", moved.json().getString("ownerName"));
        assertEquals(403, get("rep1", "accounts/" + id).status(), "after the move rep1 no longer sees it");
    }

    @Test
    void onlyAdminsAdministerUsers() {
        assertEquals(403, get("rep1", "users").status());
        assertEquals(200, get("admin", "users").status());
    }

    @Test
    void deactivatedUserCanNoLongerLogInButTheirRecordsStay() {
        String username = "tmp" + Crm.unique("").strip().toLowerCase();
        JsonObject user = Crm.newUser(username, "long-enough-1", "SALES_REP");
        assertEquals(200, Crm.call("GET", "me", username, "long-enough-1", null).status());
        JsonObject account = Crm.call("POST", "accounts", username, "long-enough-1",
                Json.createObjectBuilder().add("name", Crm.unique("Orphan")).build()).json();

        Crm.Reply deactivated = as("admin", "PUT", "users/" + user.getJsonNumber("id") + "/active",
                Json.createObjectBuilder().add("active", false).build());
        assertEquals(200, deactivated.status());
        assertFalse(deactivated.json().getBoolean("active"));

        assertEquals(401, Crm.call("GET", "me", username, "long-enough-1", null).status());
        assertEquals(200, get("admin", "accounts/" + account.getJsonNumber("id")).status());
    }

    @Test
    void adminHandsOverAllRecordsOfALeavingUser() {
        String username = "leaver" + Crm.unique("").strip().toLowerCase();
        long leaver = Crm.newUser(username, "long-enough-4", "SALES_REP").getJsonNumber("id").longValue();
        JsonObject account = Crm.call("POST", "accounts", username, "long-enough-4",
                Json.createObjectBuilder().add("name", Crm.unique("Handed Over")).build()).json();
        Crm.call("POST", "contacts", username, "long-enough-4",
                Json.createObjectBuilder().add("lastName", "Kept").add("accountId", account.getJsonNumber("id")).build());

        assertEquals(403, as("rep1", "POST", "users/" + leaver + "/hand-over",
                Json.createObjectBuilder().add("toUserId", ownerId("rep1")).build()).status());
        Crm.Reply handedOver = as("admin", "POST", "users/" + leaver + "/hand-over",
                Json.createObjectBuilder().add("toUserId", ownerId("rep1")).build());
        assertEquals(200, handedOver.status());
        assertEquals(2, handedOver.json().getInt("moved"));
        JsonObject now = get("rep1", "accounts/" + account.getJsonNumber("id")).json();
        assertEquals("Riley Reed", now.getString("ownerName"));
        assertEquals("admin", now.getString("updatedBy"));
    }

    @Test
    void shortPasswordsAreRefused() {
        Crm.Reply reply = as("admin", "POST", "users", Json.createObjectBuilder()
                .add("username", "short" + System.nanoTime()).add("displayName", "Short")
                .add("roles", Json.createArrayBuilder().add("SALES_REP")).add("password", "abc").build());
        assertEquals(400, reply.status());
        assertEquals("password", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static long ownerId(String username) {
        return get("admin", "users?q=" + username).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> ((JsonString) u.get("username")).getString().equals(username))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject owner(long id) {
        return Json.createObjectBuilder().add("ownerId", id).build();
    }
}
