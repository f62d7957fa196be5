package com.acme.crm.it;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Logins against guessing: throttled per user name and per address (the test server trusts
 * X-Forwarded-For from localhost, as it would from a load balancer, so each test comes from
 * addresses of its own and never locks out the other tests), the same answer and time for
 * unknown names, a password policy that refuses the usual guesses, and the security log.
 */
class LoginSecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Answer(int status, String body, String retryAfter, long nanos) {
    }

    static Answer basic(String user, String password, String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Crm.URL + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", address).GET().build();
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null),
                    System.nanoTime() - start);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String newAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203." + r.nextInt(0, 256) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameEvenForTheRightPasswordAndAdminsSeeIt() {
        String name = uniqueName("guessed");
        Crm.newUser(name, "correct horse battery", "SALES_REP");
        String address = newAddress();
        assertEquals(200, basic(name, "correct horse battery", address).status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(name, "wrong guess " + i, address).status(), "attempt " + (i + 1));
        }
        Answer locked = basic(name, "correct horse battery", address);
        assertEquals(429, locked.status(), "locked although the password is right: " + locked.body());
        assertTrue(locked.retryAfter() != null && Long.parseLong(locked.retryAfter()) > 0 && Long.parseLong(locked.retryAfter()) <= 60,
                "a first lock lasts a minute: " + locked.retryAfter());
        assertTrue(locked.body().contains("Try again in 1 minute"), locked.body());
        assertEquals(429, basic(name, "correct horse battery", newAddress()).status(), "the name is locked from everywhere");

        JsonObject failures = get("admin", "security-events?user=" + name + "&kind=LOGIN_FAILED").json();
        assertEquals(5, failures.getInt("total"), failures.toString());
        assertEquals(address, failures.getJsonArray("items").getJsonObject(0).getString("address"), "from the client, not the proxy");
        assertEquals(1, get("admin", "security-events?user=" + name + "&kind=USER_LOCKED").json().getInt("total"));
        assertTrue(get("admin", "security-events?user=" + name + "&kind=LOGIN_LOCKED").json().getInt("total") >= 2);
        assertEquals(403, get("rep1", "security-events").status(), "the security log is the admins'");
    }

    @Test
    void anUnknownUserNameIsLockedWithTheSameWordsSoALockRevealsNothing() {
        String nobody = uniqueName("nobody");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            Answer refused = basic(nobody, "guess " + i, address);
            assertEquals(401, refused.status());
            assertTrue(refused.body().contains("Wrong user name or password"), refused.body());
        }
        Answer locked = basic(nobody, "guess 6", address);
        assertEquals(429, locked.status());
        assertTrue(locked.body().contains("Too many failed logins for this user name or from this address"), locked.body());
    }

    @Test
    void thirtyFailuresFromOneAddressLockThatAddressForEveryName() {
        String address = newAddress();
        for (int i = 0; i < 30; i++) {
            assertEquals(401, basic(uniqueName("spray"), "guess", address).status(), "attempt " + (i + 1));
        }
        assertEquals(429, basic("admin", Crm.DEMO_PASSWORD, address).status(), "even a real login from there waits");
        assertEquals(200, basic("admin", Crm.DEMO_PASSWORD, newAddress()).status(), "other addresses are not affected");
        assertEquals(1, get("admin", "security-events?kind=ADDRESS_LOCKED&user=").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("address").equals(address)).count());
    }

    @Test
    void anUnknownUserNameTakesAsLongAsAKnownOne() {
        String known = uniqueName("timed");
        Crm.newUser(known, "correct horse battery", "SALES_REP");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // below the lock, each from an address of its own
            knownTimes.add(basic(known, "wrong " + i, newAddress()).nanos());
            unknownTimes.add(basic(uniqueName("ghost"), "wrong " + i, newAddress()).nanos());
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        // before: ~2 ms for an unknown name against ~30 ms for a known one (the password hash)
        assertTrue(unknownMedian * 2 > knownMedian, "unknown " + unknownMedian / 1_000_000 + " ms, known "
                + knownMedian / 1_000_000 + " ms");
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2) + sorted.get((sorted.size() - 1) / 2)) / 2;
    }

    @Test
    void passwordsThatAttackersTryFirstAreRefused() {
        String name = uniqueName("policy");
        for (String weak : List.of("12345678", "password", "        ", "            ", "Password1234!", "qwertyuiop12",
                "aaaaaaaaaaaa", "123456789012", name + "-2026!")) {
            Crm.Reply refused = Crm.as("admin", "POST", "users", Json.createObjectBuilder().add("username", name)
                    .add("displayName", "Policy Test").add("roles", Json.createArrayBuilder().add("SALES_REP"))
                    .add("password", weak).build());
            assertEquals(400, refused.status(), "'" + weak + "': " + refused.body());
            assertEquals("password", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(201, Crm.as("admin", "POST", "users", Json.createObjectBuilder().add("username", name)
                .add("displayName", "Policy Test").add("roles", Json.createArrayBuilder().add("SALES_REP"))
                .add("password", "staple battery horse").build()).status());
    }

    @Test
    void roleChangesNewPasswordsAndDeactivationAreInTheUsersHistoryForAdmins() {
        String name = uniqueName("promoted");
        JsonObject user = Crm.newUser(name, "correct horse battery", "SALES_REP");
        String path = "users/" + user.getJsonNumber("id");
        JsonObject promoted = Json.createObjectBuilder(user).add("roles", Json.createArrayBuilder().add("SALES_REP").add("SALES_MANAGER"))
                .build();
        Crm.Reply changed = Crm.as("admin", "PUT", path, promoted);
        assertEquals(200, changed.status(), String.valueOf(changed.body()));
        assertEquals(204, Crm.as("admin", "PUT", path + "/password", Json.createObjectBuilder().add("password", "staple battery horse")
                .build()).status());
        assertEquals(200, Crm.as("admin", "PUT", path + "/active", Json.createObjectBuilder().add("active", false).build()).status());

        List<JsonObject> history = get("admin", path + "/changes").json().getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> lines = history.stream().map(c -> c.getString("field") + ": " + c.getString("oldValue", "") + " -> "
                + c.getString("newValue", "") + " by " + c.getString("username")).toList();
        assertTrue(lines.contains("Roles: sales rep -> sales manager, sales rep by admin"), lines.toString());
        assertTrue(lines.contains("Password:  -> (set anew) by admin"), lines.toString());
        assertTrue(lines.contains("Active: yes -> no by admin"), lines.toString());
        assertEquals(403, get("rep1", path + "/changes").status(), "users' histories are the admins'");
    }
}
