package com.acme.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API description the server serves matches what the server answers: every list and
 * record it can reach, the problems and the business events are checked against the
 * description's schemas, strictly (a property the description does not name fails), and every
 * status answered must be one the operation lists.
 */
class ApiDescriptionIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static JsonObject description;
    static ObjectNode strictComponents;

    @BeforeAll
    static void readTheDescriptionWithoutLoggingIn() throws Exception {
        HttpResponse<String> answer = plain("api/openapi.json");
        assertEquals(200, answer.statusCode());
        description = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals("3.1.0", description.getString("openapi"));
        strictComponents = (ObjectNode) JSON.readTree(description.getJsonObject("components").toString());
        // strict for the check: a data type's answer may hold only the properties the description names
        Iterator<Map.Entry<String, JsonNode>> schemas = strictComponents.get("schemas").fields();
        while (schemas.hasNext()) {
            ObjectNode schema = (ObjectNode) schemas.next().getValue();
            if (schema.has("properties") && !schema.has("additionalProperties")) {
                schema.put("additionalProperties", false);
            }
        }
    }

    @Test
    void theYamlFormAndTheBrowsableViewAreServedToo() throws Exception {
        HttpResponse<String> yaml = plain("api/openapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        assertTrue(yaml.body().startsWith("\"openapi\": \"3.1.0\"\n"), yaml.body().substring(0, 40));
        HttpResponse<String> docs = plain("api/docs");
        assertEquals(200, docs.statusCode());
        String page = docs.body();
        String bundle = page.replaceAll("(?s).*<script src=\"/crm/([^\"]*swagger-ui-bundle\\.js)\".*", "$1");
        assertEquals(200, plain(bundle).statusCode(), bundle);
        assertEquals(200, plain("resources/js/api-docs.js").statusCode());
        assertTrue(docs.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"));
    }

    @Test
    void everyListAndRecordTheServerAnswersMatchesTheDescription() {
        int checked = 0;
        for (String template : description.getJsonObject("paths").keySet()) {
            JsonObject get = description.getJsonObject("paths").getJsonObject(template).getJsonObject("get");
            if (get == null || template.startsWith("/openapi") || template.equals("/docs") || template.contains("/pdf")) {
                continue;
            }
            String path = template.substring(1);
            if (template.matches("/[a-z-]+/\\{id}")) {
                Long id = firstId(template.substring(1, template.indexOf("/{")));
                if (id == null) {
                    continue;
                }
                path = path.replace("{id}", String.valueOf(id));
            } else if (template.contains("{")) {
                continue;
            }
            for (String user : List.of("admin", "rep1")) {
                conforms("get", template, Crm.get(user, path));
                checked++;
            }
        }
        assertTrue(checked >= 60, "answers checked: " + checked);
    }

    @Test
    void problemsAreAnsweredAsDescribed() {
        conforms("post", "/leads", Crm.as("rep1", "POST", "leads", Json.createObjectBuilder()
                .add("lastName", "").add("budgetAmount", "a lot").build()), 400);
        conforms("get", "/leads", Crm.call("GET", "leads", "rep1", "wrong password", null), 401);
        conforms("get", "/users", Crm.get("rep1", "users"), 403);
        conforms("get", "/accounts/{id}", Crm.get("rep1", "accounts/999999999"), 404);
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Described Co"));
        JsonObject stale = Json.createObjectBuilder(account).add("version", account.getInt("version") + 5).build();
        conforms("put", "/accounts/{id}", Crm.as("rep1", "PUT", "accounts/" + account.getJsonNumber("id"), stale), 409);
    }

    @Test
    void theWebFormPostAnswersAsDescribedWithoutALogin() {
        String key = WebFormsIT.newForm(Crm.unique("Described form"), "Described", null).getString("key");
        String path = "forms/" + key + "/leads";
        conforms("post", "/forms/{key}/leads", Crm.call("POST", path, null, null, Json.createObjectBuilder()
                .add("lastName", Crm.unique("Described visitor")).add("email", "visitor@example.com").build()), 202);
        conforms("post", "/forms/{key}/leads", Crm.call("POST", path, null, null, Json.createObjectBuilder()
                .add("lastName", "").build()), 400);
        conforms("post", "/forms/{key}/leads", Crm.call("POST", "forms/no-such-key/leads", null, null, Json.createObjectBuilder()
                .add("lastName", "Nobody").add("email", "nobody@example.com").build()), 404);
    }

    @Test
    void theBusinessEventsInTheFeedMatchTheirSchemas() throws InterruptedException {
        JsonObject lead = LeadsIT.newLead("rep1", LeadsIT.qualifiableLead(Crm.unique("Described Lead")));
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Described Deal Co"));
        PipelineIT.newDeal("rep1", account.getJsonNumber("id").longValue(), "Described rollout", 1000);
        java.util.Set<String> types = new java.util.HashSet<>();
        String leadCreated = "com.acme.crm.lead.created leads/" + lead.getJsonNumber("id");
        long after = 0;
        long deadline = System.currentTimeMillis() + 60_000; // events are published just after the commit
        while (!types.contains(leadCreated) && System.currentTimeMillis() < deadline) { // the whole stream, page by page
            Crm.Reply feed = Crm.get("admin", "events?size=100&after=" + after);
            conforms("get", "/events", feed, 200);
            var items = feed.json().getJsonArray("items");
            items.forEach(e -> types.add(e.asJsonObject().getString("type") + " " + e.asJsonObject().getString("subject")));
            after = feed.json().getJsonNumber("last").longValue();
            if (items.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertTrue(types.contains("com.acme.crm.lead.created leads/" + lead.getJsonNumber("id")), "the new lead's event was checked");
        assertTrue(types.stream().anyMatch(t -> t.startsWith("com.acme.crm.deal.created")), "a deal's event was checked");
    }

    @Test
    void theCheckItselfRefusesWhatTheDescriptionDoesNotSay() {
        JsonObject lead = Json.createObjectBuilder().add("$ref", "#/components/schemas/LeadData").build();
        assertTrue(validate(lead, Json.createObjectBuilder().add("lastName", "Lovelace").build()).isEmpty());
        assertEquals(1, validate(lead, Json.createObjectBuilder().add("lastName", "Lovelace").add("nickname", "Ada").build()).size());
        assertEquals(1, validate(lead, Json.createObjectBuilder().add("score", "high").build()).size());
        assertEquals(1, validate(lead, Json.createObjectBuilder().add("status", "SOMETHING_ELSE").build()).size());
        JsonObject event = Json.createObjectBuilder().add("$ref", "#/components/schemas/CloudEvent").build();
        assertTrue(validate(event, Json.createObjectBuilder().add("specversion", "1.0").add("id", "x").add("source", "/crm")
                .add("type", "com.acme.crm.deal.won").add("subject", "opportunities/1").add("time", "2026-12-01T10:00:00Z")
                .add("data", Json.createObjectBuilder().add("amount", Json.createObjectBuilder().add("amount", 5).add("currency", "EUR")))
                .build()).isEmpty());
        assertEquals(1, validate(event, Json.createObjectBuilder().add("specversion", "1.0").add("id", "x").add("source", "/crm")
                .add("type", "com.acme.crm.deal.won").add("subject", "opportunities/1").add("time", "2026-12-01T10:00:00Z")
                .add("data", Json.createObjectBuilder().add("quoteNumber", "Q-1")).build()).size(), "a deal's data has no quote number");
    }

    /** The answer's status is one the operation lists, and its body fits that status's schema. */
    static void conforms(String method, String template, Crm.Reply reply, int expectedStatus) {
        assertEquals(expectedStatus, reply.status(), method + " " + template + ": " + reply.body());
        conforms(method, template, reply);
    }

    static void conforms(String method, String template, Crm.Reply reply) {
        JsonObject operation = description.getJsonObject("paths").getJsonObject(template).getJsonObject(method);
        JsonObject response = operation.getJsonObject("responses").getJsonObject(String.valueOf(reply.status()));
        if (response == null) {
            fail(method + " " + template + " answered " + reply.status() + ", which its description does not list: " + reply.body());
        }
        if (response.containsKey("$ref")) {
            response = description.getJsonObject("components").getJsonObject("responses")
                    .getJsonObject(response.getString("$ref").substring("#/components/responses/".length()));
        }
        if (reply.body() == null) {
            assertTrue(!response.containsKey("content") || reply.status() == 204, method + " " + template + " answered nothing");
            return;
        }
        String mediaType = reply.contentType().replaceAll(";.*", "").trim();
        JsonObject content = response.getJsonObject("content");
        assertNotNull(content, method + " " + template + " " + reply.status() + " has no described body");
        JsonObject described = content.getJsonObject(mediaType);
        assertNotNull(described, method + " " + template + " answered " + mediaType + ", described: " + content.keySet());
        List<String> problems = validate(described.getJsonObject("schema"), reply.body());
        assertTrue(problems.isEmpty(), method + " " + template + " " + reply.status() + " does not match its description: "
                + problems + "\n" + reply.body().toString().substring(0, Math.min(2000, reply.body().toString().length())));
    }

    static List<String> validate(JsonObject schema, JsonValue body) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(schema.toString());
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", strictComponents);
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(root).validate(JSON.readTree(body.toString()));
            List<String> messages = new ArrayList<>();
            errors.forEach(e -> messages.add(e.getMessage()));
            return messages;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long firstId(String collection) {
        Crm.Reply list = Crm.get("admin", collection);
        if (list.status() != 200 || list.body() == null) {
            return null;
        }
        JsonValue items = list.body() instanceof JsonObject page ? page.get("items") : list.body();
        if (!(items instanceof jakarta.json.JsonArray array) || array.isEmpty()
                || !(array.get(0) instanceof JsonObject first) || !first.containsKey("id")) {
            return null;
        }
        return first.getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> plain(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Crm.URL + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
