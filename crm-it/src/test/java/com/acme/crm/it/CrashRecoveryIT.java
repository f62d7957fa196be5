package com.acme.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server dies (killed, no shutdown) the moment a change has committed, and is started again:
 * the change's business events still reach the other application, each once, recognisable by
 * its id. Whichever point the crash hit (the outbox not yet relayed, relayed but not yet
 * received, or received), nothing is lost: the outbox row waits for the relay, the topic's
 * message for the durable subscriber, and what the subscriber kept it keeps.
 */
class CrashRecoveryIT {

    private static final Path DOMAIN = Path.of(System.getProperty("payara.domain.xml")).getParent().getParent();

    @Test
    void eventsOfChangesCommittedJustBeforeACrashAreDeliveredAfterTheRestart() throws Exception {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Crash Co"));
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // several, so that the crash finds some of them still in the outbox
            JsonObject deal = PipelineIT.newDeal("rep1", account.getJsonNumber("id").longValue(), "Crash test " + i, 1000 + i);
            subjects.add("opportunities/" + deal.getJsonNumber("id"));
        }
        long pid = Long.parseLong(Files.readString(DOMAIN.resolve("config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly stop of the relay or the broker
        server.onExit().get(60, TimeUnit.SECONDS);

        start();
        for (String subject : subjects) {
            List<JsonObject> heard = List.of();
            for (int i = 0; i < 120 && heard.isEmpty(); i++) {
                heard = BusinessEventsIT.receivedAbout(subject);
                if (heard.isEmpty()) {
                    Thread.sleep(500);
                }
            }
            assertEquals(List.of("com.acme.crm.deal.created"), heard.stream().map(e -> e.getString("type")).toList(),
                    subject + " was announced once after the crash");
        }
    }

    /** Starts the domain again as it was (its settings, the EAR and the consumer are in the domain), and waits for the CRM. */
    static void start() throws Exception {
        Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        Process start = new ProcessBuilder("bash", asadmin.toString(), "start-domain", "--domaindir", DOMAIN.getParent().toString(),
                DOMAIN.getFileName().toString()).redirectErrorStream(true).start();
        String out = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(240, TimeUnit.SECONDS) && start.exitValue() == 0, out);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 240; i++) {
            try {
                HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(Crm.URL + "api/openapi.json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> consumer = http.send(HttpRequest.newBuilder(
                        URI.create(Crm.URL.replace("/crm/", "/crm-example-consumer/") + "received")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (me.statusCode() == 200 && consumer.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the CRM did not come back within 4 minutes");
    }
}
