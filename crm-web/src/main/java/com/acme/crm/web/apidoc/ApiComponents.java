package com.acme.crm.web.apidoc;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.web.shared.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the API description that no resource method declares: the problem answers,
 * HTTP Basic, the business events (CloudEvents envelope and each family's data, as the
 * topic, the feed and webhooks carry them) and the event feed.
 */
final class ApiComponents {

    /** Problem answer component by status. */
    static final Map<String, String> PROBLEMS = Map.of("400", "BadRequest", "401", "NotAuthenticated", "403", "Forbidden",
            "404", "NotFound", "409", "Conflict", "429", "TooManyLogins");

    private static final Map<String, String> PROBLEM_TEXT = Map.of(
            "BadRequest", "The input is refused: `errors` names each failing field with the reason",
            "NotAuthenticated", "No valid CRM login (HTTP Basic with an active CRM user)",
            "Forbidden", "The caller's role or the record's visibility does not allow it",
            "NotFound", "No such record",
            "Conflict", "Changed by someone else meanwhile (read it again), in use, or not allowed in its current status or stage"
                    + " (a stage's criteria not met list the fields in `errors`)",
            "TooManyLogins", "Too many failed logins for this user or address: wait and try again",
            "TooManyPosts", "Too many posts from this address or to this form: try again after the seconds in `Retry-After`");

    /** Each event family: the types it holds and the data it carries beyond the owner and team. */
    private static final Map<String, String> EVENT_DATA = new LinkedHashMap<>();

    static {
        EVENT_DATA.put("LeadEventData", "leadId:integer firstName:string lastName:string company:string status:string"
                + " source:string score:integer rating:string budget:money reason:string accountId:integer contactId:integer"
                + " opportunityId:integer");
        EVENT_DATA.put("DealEventData", "opportunityId:integer name:string accountId:integer accountName:string stage:string"
                + " stageKind:string fromStage:string fromStageKind:string probability:integer amount:money"
                + " expectedCloseDate:date lossReason:string");
        EVENT_DATA.put("QuoteEventData", "quoteId:integer number:string revision:integer status:string opportunityId:integer"
                + " accountId:integer subtotal:money total:money");
        EVENT_DATA.put("InvoiceEventData", "invoiceId:integer number:string quoteId:integer quoteNumber:string"
                + " opportunityId:integer accountId:integer issueDate:date dueDate:date subtotal:money tax:money total:money");
        EVENT_DATA.put("ServiceRequestEventData", "serviceRequestId:integer subject:string accountId:integer status:string"
                + " priority:string channel:string type:string resolutionDue:date-time assigneeId:integer assignee:string"
                + " target:string");
        EVENT_DATA.put("UserEventData", "userId:integer username:string displayName:string deactivatedBy:string");
    }

    private ApiComponents() {
    }

    static JsonObject info(String version) {
        return Json.createObjectBuilder()
                .add("title", "Sales CRM REST API")
                .add("version", version)
                .add("description", "Every resource speaks JSON and reports errors as RFC 9457 problems"
                        + " (`application/problem+json`, with `errors: [{field, message}]` for refused input)."
                        + " Log in with HTTP Basic as a CRM user on every request; roles and record visibility are"
                        + " checked as in the web UI. Lists take `page` (from 0), `size`, `sort`, `dir` and `q`"
                        + " and answer `{items, total, page, size}`. Changes carry the `version` read: a stale one"
                        + " answers 409. Business events: the `webhooks` section and the `CloudEvent` schema.")
                .build();
    }

    static JsonObject securitySchemes() {
        return Json.createObjectBuilder().add("basicAuth", Json.createObjectBuilder()
                .add("type", "http").add("scheme", "basic")
                .add("description", "A CRM user name and password")).build();
    }

    static JsonObject problemResponses() {
        JsonObjectBuilder responses = Json.createObjectBuilder();
        PROBLEM_TEXT.forEach((name, text) -> {
            JsonObjectBuilder response = Json.createObjectBuilder().add("description", text)
                    .add("content", Json.createObjectBuilder().add(Problem.MEDIA_TYPE, Json.createObjectBuilder()
                            .add("schema", Json.createObjectBuilder().add("$ref", "#/components/schemas/Problem"))));
            if (name.startsWith("TooMany")) {
                response.add("headers", Json.createObjectBuilder().add("Retry-After", Json.createObjectBuilder()
                        .add("description", "Seconds to wait").add("schema", Json.createObjectBuilder().add("type", "integer"))));
            }
            responses.add(name, response);
        });
        return responses.build();
    }

    /** The problem, the events and the feed, added to the schemas the resources use. */
    static void addTo(JsonSchemas schemas) {
        schemas.of(Problem.class);
        Map<String, JsonObject> components = schemas.components();
        EVENT_DATA.forEach((name, spec) -> components.put(name, eventData(spec)));
        components.put("Money", Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("amount", Json.createObjectBuilder().add("type", "number"))
                        .add("currency", Json.createObjectBuilder().add("type", "string").add("pattern", "^[A-Z]{3}$")))
                .add("required", Json.createArrayBuilder().add("amount").add("currency")).build());
        components.put("CloudEvent", cloudEvent());
        components.put("EventFeed", Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("items", Json.createObjectBuilder().add("type", "array").add("items", ref("CloudEvent")))
                        .add("last", Json.createObjectBuilder().add("type", "integer").add("format", "int64")
                                .add("description", "the position to ask after next time")))
                .add("required", Json.createArrayBuilder().add("items").add("last")).build());
    }

    private static JsonObject cloudEvent() {
        JsonArrayBuilder types = Json.createArrayBuilder();
        Arrays.stream(EventType.values()).forEach(t -> types.add(t.type()));
        JsonArrayBuilder families = Json.createArrayBuilder();
        for (String family : EVENT_DATA.keySet()) {
            String prefix = EventType.PREFIX + family.replace("EventData", "").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase() + ".";
            families.add(Json.createObjectBuilder()
                    .add("if", Json.createObjectBuilder().add("properties", Json.createObjectBuilder()
                            .add("type", Json.createObjectBuilder().add("pattern", "^" + prefix.replace(".", "\\.")))))
                    .add("then", Json.createObjectBuilder().add("properties", Json.createObjectBuilder()
                            .add("data", ref(family)))));
        }
        JsonObjectBuilder properties = Json.createObjectBuilder()
                .add("specversion", Json.createObjectBuilder().add("const", "1.0"))
                .add("id", Json.createObjectBuilder().add("type", "string").add("format", "uuid")
                        .add("description", "stable: the same event delivered twice has the same id"))
                .add("source", Json.createObjectBuilder().add("const", "/crm"))
                .add("type", Json.createObjectBuilder().add("type", "string").add("enum", types))
                .add("subject", Json.createObjectBuilder().add("type", "string").add("pattern", "^[a-z-]+/[0-9]+$")
                        .add("description", "the record's REST path, e.g. opportunities/42"))
                .add("time", Json.createObjectBuilder().add("type", "string").add("format", "date-time"))
                .add("datacontenttype", Json.createObjectBuilder().add("const", "application/json"))
                .add("position", Json.createObjectBuilder().add("type", "integer").add("format", "int64")
                        .add("description", "the event's place in the stream (gapless, increasing)"))
                .add("data", Json.createObjectBuilder().add("type", "object"));
        return Json.createObjectBuilder().add("type", "object")
                .add("description", "A business event, a CloudEvents 1.0 document in structured mode")
                .add("properties", properties)
                .add("required", array(List.of("specversion", "id", "source", "type", "subject", "time", "data")))
                .add("allOf", families).build();
    }

    /** Data fields "name:type ..." plus the owner and the owner's team, which every event carries. */
    private static JsonObject eventData(String spec) {
        JsonObjectBuilder properties = Json.createObjectBuilder()
                .add("ownerId", Json.createObjectBuilder().add("type", "integer").add("format", "int64"))
                .add("owner", Json.createObjectBuilder().add("type", "string").add("description", "the owner's user name"))
                .add("teamId", Json.createObjectBuilder().add("type", "integer").add("format", "int64"));
        for (String field : spec.split(" ")) {
            String[] parts = field.split(":");
            properties.add(parts[0], switch (parts[1]) {
                case "money" -> ref("Money");
                case "date", "date-time" -> Json.createObjectBuilder().add("type", "string").add("format", parts[1]).build();
                default -> Json.createObjectBuilder().add("type", parts[1]).build();
            });
        }
        return Json.createObjectBuilder().add("type", "object").add("properties", properties).build();
    }

    /** The webhook POST each registered receiver gets. */
    static JsonObject webhooks() {
        return Json.createObjectBuilder().add("businessEvent", Json.createObjectBuilder().add("post", Json.createObjectBuilder()
                .add("summary", "A business event, POSTed to each hook registered for its type")
                .add("parameters", Json.createArrayBuilder()
                        .add(header("webhook-id", "the event's id: de-duplicate by it"))
                        .add(header("webhook-timestamp", "Unix seconds; refuse one more than 5 minutes away"))
                        .add(header("webhook-signature", "v1,<base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<body>\""
                                + " keyed with the UTF-8 bytes of the hook's secret>")))
                .add("requestBody", Json.createObjectBuilder().add("required", true).add("content", Json.createObjectBuilder()
                        .add("application/cloudevents+json", Json.createObjectBuilder().add("schema", ref("CloudEvent")))))
                .add("responses", Json.createObjectBuilder().add("2XX", Json.createObjectBuilder()
                        .add("description", "Delivered; any other answer is retried with back-off")))))
                .build();
    }

    private static JsonObject header(String name, String description) {
        return Json.createObjectBuilder().add("name", name).add("in", "header").add("required", true)
                .add("description", description).add("schema", Json.createObjectBuilder().add("type", "string")).build();
    }

    private static JsonObject ref(String name) {
        return Json.createObjectBuilder().add("$ref", "#/components/schemas/" + name).build();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
