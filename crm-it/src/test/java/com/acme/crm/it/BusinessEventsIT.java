package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The business events as another application on the server hears them: the example consumer
 * (module crm-example-consumer, an MDB on the CRM's topic) receives a deal's life, published in
 * order (the listener puts concurrently taken messages back in order by their position), the
 * same events, with the same ids, as the REST feed.
 */
class BusinessEventsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static List<JsonObject> receivedAbout(String subject) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(Crm.URL.replace("/crm/", "/crm-example-consumer/") + "received")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("events")
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("subject").equals(subject)).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anotherApplicationHearsADealsLifeInOrderWithTheFeedsIds() throws Exception {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Event Listeners"));
        JsonObject deal = PipelineIT.newDeal("rep1", account.getJsonNumber("id").longValue(), "Event horizon", 12000);
        String path = "opportunities/" + deal.getJsonNumber("id");
        Crm.Reply lost = as("rep1", "POST", path + "/move", Json.createObjectBuilder().add("version", deal.getJsonNumber("version"))
                .add("stageId", PipelineIT.stageId("Closed lost")).add("lossReason", "PRICE").build());
        assertEquals(200, lost.status(), String.valueOf(lost.body()));
        Crm.Reply reopened = as("manager1", "POST", path + "/move", Json.createObjectBuilder().add("version", lost.json().getJsonNumber("version"))
                .add("stageId", PipelineIT.stageId("Prospecting")).build());
        assertEquals(200, reopened.status(), String.valueOf(reopened.body()));

        List<JsonObject> heard = List.of();
        for (int i = 0; i < 60 && heard.size() < 3; i++) {
            Thread.sleep(500);
            heard = receivedAbout(path);
        }
        assertEquals(List.of("com.acme.crm.deal.created", "com.acme.crm.deal.lost", "com.acme.crm.deal.reopened"),
                heard.stream().map(e -> e.getString("type")).toList(), "in the order they happened: " + heard);
        assertTrue(heard.get(0).getJsonNumber("position").longValue() < heard.get(1).getJsonNumber("position").longValue()
                && heard.get(1).getJsonNumber("position").longValue() < heard.get(2).getJsonNumber("position").longValue(),
                "published in that order: " + heard);
        JsonObject lostEvent = heard.get(1);
        assertEquals("PRICE", lostEvent.getJsonObject("data").getString("lossReason"));
        assertEquals("12000.00", lostEvent.getJsonObject("data").getJsonObject("amount").getJsonNumber("amount").bigDecimalValue()
                .toPlainString());
        assertEquals("rep1", lostEvent.getJsonObject("data").getString("owner"));

        String feed = get("admin", "events?type=com.acme.crm.deal.lost&type=com.acme.crm.deal.reopened&size=200&after="
                + Math.max(0, lastPosition() - 200)).body().toString();
        assertTrue(feed.contains(lostEvent.getString("id")) && feed.contains(heard.get(2).getString("id")),
                "the feed has the same events with the same ids: " + feed);
        assertEquals(400, get("admin", "events?type=deal.won").status(), "an unknown type is named, not ignored");
        assertEquals(403, get("rep1", "events").status(), "the stream is the admins'");
    }

    private static long lastPosition() {
        long last = 0;
        while (true) {
            JsonObject page = get("admin", "events?size=200&after=" + last).json();
            long next = page.getJsonNumber("last").longValue();
            if (next == last) {
                return last;
            }
            last = next;
        }
    }
}
