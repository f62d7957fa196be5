package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A webhook receiver as another system would run one (an HTTP server in the test): it checks
 * each delivery's signature and age, refuses the first delivery of each event (500), and gets it again; the admin
 * sees both attempts in the delivery log.
 */
class WebhooksIT {

    record Received(String id, long timestamp, String signature, String body) {
    }

    /** The receiver's check, as the README shows it: HMAC-SHA256 over id.timestamp.body with the hook's secret. */
    static boolean signedBy(String secret, Received r, long nowSeconds) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return Math.abs(nowSeconds - r.timestamp()) <= 300
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), r.signature().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeliveryIsSignedRetriedAfterAFailureAndLogged() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            // the first delivery of each event is refused
            boolean again = received.stream().filter(r -> r.id().equals(exchange.getRequestHeaders().getFirst("webhook-id"))).count() > 1;
            exchange.sendResponseHeaders(again ? 204 : 500, -1);
            exchange.close();
        });
        receiver.start();
        String hookPath = null;
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            Crm.Reply registered = as("admin", "POST", "webhooks", Json.createObjectBuilder().add("url", url)
                    .add("eventTypes", Json.createArrayBuilder().add("com.acme.crm.deal.created")).build());
            assertEquals(201, registered.status(), String.valueOf(registered.body()));
            String secret = registered.json().getString("secret");
            assertTrue(secret.startsWith("whsec_"), "the secret is shown once, when the hook is registered");
            hookPath = "webhooks/" + registered.json().getJsonNumber("id");
            JsonObject again = get("admin", hookPath).json();
            assertTrue(!again.containsKey("secret") || again.isNull("secret"), "and never again: " + again);

            JsonObject account = Crm.newAccount("rep1", Crm.unique("Hooked"));
            JsonObject deal = PipelineIT.newDeal("rep1", account.getJsonNumber("id").longValue(), "Hooked on events", 8000);
            String subject = "\"subject\":\"opportunities/" + deal.getJsonNumber("id") + "\"";
            List<Received> ours = List.of();
            for (int i = 0; i < 120 && ours.size() < 2; i++) {
                Thread.sleep(500);
                ours = received.stream().filter(r -> r.body().contains(subject)).toList(); // events published just before count too
            }
            assertEquals(2, ours.size(), "the refused delivery came again: " + received);
            Received first = ours.get(0);
            Received second = ours.get(1);
            assertEquals(first.id(), second.id(), "the same event, recognisable by its id");
            long now = System.currentTimeMillis() / 1000;
            assertTrue(signedBy(secret, first, now) && signedBy(secret, second, now), "signed with the hook's secret");
            assertTrue(!signedBy("whsec_someone-else", second, now), "a wrong secret does not verify");
            JsonObject event = Json.createReader(new StringReader(second.body())).readObject();
            assertEquals("com.acme.crm.deal.created", event.getString("type"));
            assertEquals("opportunities/" + deal.getJsonNumber("id"), event.getString("subject"));
            assertEquals(first.id(), event.getString("id"));

            JsonObject delivery = null;
            for (int i = 0; i < 20; i++) {
                delivery = get("admin", hookPath + "/deliveries").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(d -> d.getString("eventId").equals(first.id())).findFirst().orElseThrow();
                if (delivery.getString("status").equals("DELIVERED")) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals("DELIVERED", delivery.getString("status"), delivery.toString());
            assertEquals(2, delivery.getInt("attempts"));
            assertEquals(204, delivery.getInt("lastStatus"));

            assertEquals(400, as("admin", "POST", "webhooks", Json.createObjectBuilder().add("url", "ftp://example.com/x").build()).status());
            Crm.Reply unknown = as("admin", "POST", "webhooks", Json.createObjectBuilder().add("url", url)
                    .add("eventTypes", Json.createArrayBuilder().add("deal.won")).build());
            assertEquals(400, unknown.status());
            assertTrue(unknown.json().toString().contains("eventTypes[0]"), unknown.json().toString());
            assertEquals(403, get("rep1", "webhooks").status(), "webhooks are the admins'");
        } finally {
            if (hookPath != null) {
                assertEquals(204, as("admin", "DELETE", hookPath, null).status());
            }
            receiver.stop(0);
        }
    }

    @Test
    void anAdminRegistersAHookOnItsPageSeesTheSecretOnceAndSwitchesItOff() {
        String url = "https://erp.example.com/" + Crm.unique("crm-events").replace(" ", "-");
        try (Browser browser = new Browser()) {
            browser.logIn("admin", Crm.DEMO_PASSWORD);
            browser.open("admin/webhooks.xhtml");
            browser.type("register:url", "ftp://nowhere");
            browser.click("register:save");
            browser.waitForText(By.id("register"), "must be an http or https address");
            browser.type("register:url", url);
            browser.click("register:save");
            browser.waitForText(By.id("register:messages"), "registered");
            assertTrue(browser.visible("secret").getText().startsWith("whsec_"), "the secret, to give to the receiver");
            browser.waitForText(By.id("hooks:table"), url);
            browser.screenshot("webhooks");
            JsonObject hook = get("admin", "webhooks").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(h -> h.getString("url").equals(url)).findFirst().orElseThrow();
            browser.driver().findElements(By.xpath("//tr[td[text()='" + url + "']]//button[span[text()='Switch off']]")).get(0).click();
            browser.waitForText(By.id("register:messages"), "switched off");
            assertTrue(!get("admin", "webhooks/" + hook.getJsonNumber("id")).json().getBoolean("active"));
            browser.open("admin/webhooks.xhtml");
            assertTrue(browser.driver().findElements(By.id("secret")).isEmpty(), "the secret is not shown again");
            assertEquals(204, as("admin", "DELETE", "webhooks/" + hook.getJsonNumber("id"), null).status());
        }
    }
}
