package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static com.acme.crm.it.Crm.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The input contract at the REST entrance, for every endpoint the EAR has (read from its
 * resource classes by {@link RestModel}, so a new resource is walked without touching this
 * test): each query parameter and each body field gets values that do not fit its type, and
 * each body arrives malformed and as a form post (refused unread, except by the public web
 * forms' post, which takes form fields and names the unknown one). Every answer must be a 4xx problem+json that
 * names the failing field in words, never a Java class, and nothing may have been saved.
 */
class InputEdgesIT {

    /** What must never reach a caller: class and package names, exception names, stack frames. */
    static final Pattern INTERNALS = Pattern.compile("com\\.acme|java\\.|jakarta\\.|org\\.eclipse|yasson|[A-Za-z]Exception|\\bat [a-z]+\\.[a-z]");

    /** Lists whose totals must be the same after the walk: nothing was saved. */
    static final List<String> LISTS = List.of("accounts", "contacts", "leads", "opportunities", "quotes", "invoices",
            "service-requests", "products", "price-lists", "competitors", "stages", "users", "teams", "activities",
            "lead-settings/assignment-rules", "imports");

    @Test
    void everyEndpointRefusesValuesThatDoNotFitWithAProblemNamingTheFieldAndSavesNothing() {
        List<RestModel.Endpoint> endpoints = RestModel.endpoints();
        assertTrue(endpoints.size() > 80, "the EAR's endpoints were found: " + endpoints.size());
        Map<String, Long> before = totals();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (RestModel.Endpoint endpoint : endpoints) {
            String path = endpoint.path("1");
            for (RestModel.Param param : endpoint.queryParams()) {
                for (String bad : badParameterValues(param)) {
                    String call = endpoint + "?" + param.name() + "=" + abbreviated(bad);
                    Crm.Reply reply = Crm.raw(endpoint.method(), path + "?" + param.name() + "="
                            + URLEncoder.encode(bad, StandardCharsets.UTF_8), null, null);
                    expectRefusal(reply, 400, param.name(), call, failures);
                    requests++;
                }
            }
            if (!endpoint.pathParams().isEmpty() && endpoint.pathParams().stream().anyMatch(p -> p.type() == long.class)) {
                Crm.Reply reply = Crm.raw(endpoint.method(), endpoint.path("abc"), null, null);
                expectRefusal(reply, 404, null, endpoint + " with id abc", failures);
                requests++;
            }
            if (endpoint.body() == null) {
                continue;
            }
            boolean list = Collection.class.isAssignableFrom(RestModel.raw(endpoint.body()));
            if (path.startsWith("forms/")) {
                // the public site's web forms post form fields by design: an unknown one is named
                expectRefusal(Crm.raw(endpoint.method(), path, "application/x-www-form-urlencoded", "name=x"), 400, "name",
                        endpoint + " as a form post with an unknown field", failures);
            } else {
                expectRefusal(Crm.raw(endpoint.method(), path, "application/x-www-form-urlencoded", "name=x"), 415, null,
                        endpoint + " as a form post", failures);
            }
            requests++;
            if (upload(endpoint)) {
                continue; // a CSV or ZIP file: the import tests feed it bad files
            }
            for (String malformed : List.of("{\"name\": \"x\"} {\"name\": \"y\"}", "{\"name\": ", "{} trailing")) {
                expectRefusal(Crm.raw(endpoint.method(), path, "application/json", malformed), 400, "body",
                        endpoint + " with body " + malformed, failures);
                requests++;
            }
            Type element = list ? ((java.lang.reflect.ParameterizedType) endpoint.body()).getActualTypeArguments()[0] : endpoint.body();
            for (Map.Entry<String, Type> field : RestModel.bodyFields(element).entrySet()) {
                for (JsonValue bad : badFieldValues(field.getValue())) {
                    JsonObject object = Json.createObjectBuilder().add(field.getKey(), bad).build();
                    String body = list ? Json.createArrayBuilder().add(object).build().toString() : object.toString();
                    expectRefusal(Crm.raw(endpoint.method(), path, "application/json", body), 400, field.getKey(),
                            endpoint + " " + body, failures);
                    requests++;
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " bad requests were not refused properly:\n"
                + String.join("\n", failures));
        assertEquals(before, totals(), "nothing was saved by " + requests + " bad requests");
    }

    private static boolean upload(RestModel.Endpoint endpoint) {
        Class<?> body = RestModel.raw(endpoint.body());
        return body == String.class || body == byte[].class || java.io.InputStream.class.isAssignableFrom(body);
    }

    static void expectRefusal(Crm.Reply reply, int status, String field, String call, List<String> failures) {
        String body = String.valueOf(reply.body());
        if (reply.status() != status) {
            failures.add(call + ": " + reply.status() + " instead of " + status + " " + abbreviated(body));
        } else if (!reply.contentType().startsWith("application/problem+json")) {
            failures.add(call + ": answered " + reply.contentType() + ", not a problem");
        } else if (INTERNALS.matcher(body).find()) {
            failures.add(call + ": the answer shows internals: " + abbreviated(body));
        } else if (field != null && !namesField(reply.json(), field)) {
            failures.add(call + ": the answer does not name " + field + ": " + abbreviated(body));
        }
    }

    private static boolean namesField(JsonObject problem, String field) {
        JsonArray errors = problem.getJsonArray("errors");
        return errors != null && errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .anyMatch(f -> f.equals(field) || f.endsWith("." + field) || f.startsWith(field + "["));
    }

    /** Values a query parameter of this type cannot take; for text, more than anything is searched by. */
    static List<String> badParameterValues(RestModel.Param param) {
        Class<?> type = param.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            List<String> bad = new ArrayList<>(List.of("abc", "12abc-5", "99999999999999999999", "1.5"));
            if (param.name().equals("page")) {
                bad.add("85899346"); // page x size beyond what a database offset takes
            }
            return bad;
        } else if (type == boolean.class || type == Boolean.class) {
            return List.of("maybe");
        } else if (type == LocalDate.class) {
            return List.of("xx", "-0001-01-01", "2026-02-30");
        } else if (type == String.class) {
            return List.of("a".repeat(300));
        }
        return List.of();
    }

    /** JSON values that do not fit a field of this Java type. */
    static List<JsonValue> badFieldValues(Type type) {
        Class<?> raw = RestModel.raw(type);
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return List.of(Json.createValue(new BigDecimal("99999999999999999999")), Json.createValue(new BigDecimal("1.5")),
                    Json.createValue("12abc-5"));
        } else if (raw == BigDecimal.class) {
            return List.of(Json.createValue(new BigDecimal("1e400")), Json.createValue("1.200,50"));
        } else if (raw == String.class) {
            return List.of(Json.createValue(12));
        } else if (raw == boolean.class || raw == Boolean.class) {
            return List.of(Json.createValue("yes"));
        } else if (raw.isEnum()) {
            return List.of(Json.createValue("NO_SUCH_CHOICE"));
        } else if (raw == LocalDate.class) {
            return List.of(Json.createValue("-0001-01-01"), Json.createValue("2026-02-30"));
        } else if (raw == LocalDateTime.class) {
            return List.of(Json.createValue("-0001-01-01T10:00"), Json.createValue("tomorrow"));
        } else if (Collection.class.isAssignableFrom(raw)) {
            return List.of(Json.createValue("not a list"));
        } else if (raw.getName().startsWith("com.acme")) {
            return List.of(Json.createValue(5));
        }
        return List.of();
    }

    static Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String list : LISTS) {
            Crm.Reply reply = get("admin", list);
            assertEquals(200, reply.status(), list + ": " + reply.body());
            totals.put(list, reply.body() instanceof JsonObject page ? page.getJsonNumber("total").longValue()
                    : (long) ((JsonArray) reply.body()).size());
        }
        return totals;
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    @Test
    void aLeadReadCanBeWrittenBackUnchanged() {
        JsonObject lead = as("rep1", "POST", "leads", Json.createObjectBuilder().add("lastName", Crm.unique("Roundtrip"))
                .add("company", "Roundtrip Ltd").add("employees", 250).add("budgetAmount", 12000).add("budgetCurrency", "USD")
                .build()).json();
        Crm.Reply written = as("rep1", "PUT", "leads/" + lead.getJsonNumber("id"), lead);
        assertEquals(200, written.status(), String.valueOf(written.body()));
        assertEquals(250, written.json().getInt("employees"));
        assertEquals(0, new BigDecimal("12000").compareTo(written.json().getJsonNumber("budgetAmount").bigDecimalValue()));
    }

    @Test
    void anOverLongSearchIsAProblemNamingTheParameter() {
        // Over HTTP/1.1 on a connection of its own: Payara's cleartext HTTP/2 (which Java's client
        // upgrades to) resets a 5 kB :path on a connection whose header table is already full, and
        // then answers 431 to everything else on that connection (see README, Hardening the server).
        java.net.http.HttpClient http1 = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpResponse<String> refused;
        try {
            refused = http1.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Crm.URL + "api/leads?q=" + "x".repeat(5_000)))
                    .header("Accept", "application/json").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString(("rep1:" + Crm.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new java.io.StringReader(refused.body())).readObject();
        assertTrue(namesField(problem, "q"), refused.body());
    }

    @Test
    void aStatusChangeWithoutItsVersionNamesTheMissingField() {
        JsonObject lead = as("rep1", "POST", "leads", Json.createObjectBuilder().add("lastName", Crm.unique("Versionless")).build()).json();
        Crm.Reply refused = as("rep1", "POST", "leads/" + lead.getJsonNumber("id") + "/qualify", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(400, refused.status());
        assertTrue(namesField(refused.json(), "version"), String.valueOf(refused.body()));
    }

    @Test
    void onlyActiveIsoCurrenciesAreAcceptedAndNothingIsSavedOtherwise() {
        long leads = totals().get("leads");
        for (String code : List.of("ZZZ", "ABC", "XXX", "XAU", "eur", "EURO", "HRK")) {
            Crm.Reply refused = as("rep1", "POST", "leads", Json.createObjectBuilder().add("lastName", Crm.unique("Currency"))
                    .add("budgetAmount", 100).add("budgetCurrency", code).build());
            assertEquals(400, refused.status(), code + ": " + refused.body());
            assertTrue(namesField(refused.json(), "budgetCurrency"), String.valueOf(refused.body()));
        }
        assertEquals(leads, totals().get("leads"), "no lead was saved with a made-up currency");
        assertEquals(201, as("rep1", "POST", "leads", Json.createObjectBuilder().add("lastName", Crm.unique("Currency"))
                .add("budgetAmount", 100000).add("budgetCurrency", "JPY").build()).status(), "yen are a currency");
    }

    @Test
    void aQuoteKeepsItsPriceListsCurrencyAndAValidityAhead() {
        JsonObject deal = QuotesIT.newDeal("Currency Quote Co");
        JsonObject draft = as("rep1", "POST", "quotes", Json.createObjectBuilder().add("opportunityId", deal.getJsonNumber("id"))
                .build()).json();
        String path = "quotes/" + draft.getJsonNumber("id");
        JsonObject withLine = Json.createObjectBuilder(draft).add("lines", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("productId", QuotesIT.productId("CRM-PRO")).add("quantity", 2))).build();

        Crm.Reply relabelled = as("rep1", "PUT", path, Json.createObjectBuilder(withLine).add("currency", "USD").build());
        assertEquals(400, relabelled.status(), "EUR list prices are never shown as dollars");
        assertTrue(namesField(relabelled.json(), "currency"), String.valueOf(relabelled.body()));
        Crm.Reply unknown = as("rep1", "PUT", path, Json.createObjectBuilder(withLine).add("currency", "QQQ").build());
        assertEquals(400, unknown.status(), String.valueOf(unknown.body()));
        Crm.Reply expired = as("rep1", "PUT", path, Json.createObjectBuilder(withLine)
                .add("validUntil", LocalDate.now().minusDays(1).toString()).build());
        assertEquals(400, expired.status());
        assertTrue(namesField(expired.json(), "validUntil"), String.valueOf(expired.body()));

        JsonObject unchanged = get("rep1", path).json();
        assertEquals("EUR", unchanged.getString("currency"));
        assertEquals(draft.getJsonNumber("version"), unchanged.getJsonNumber("version"), "none of the refused saves changed it");
        assertEquals(200, as("rep1", "PUT", path, withLine).status());
    }

    @Test
    void anOpenDealsCloseDateLiesAhead() {
        JsonObject account = Crm.newAccount("rep1", Crm.unique("Close Date Co"));
        Crm.Reply past = as("rep1", "POST", "opportunities", Json.createObjectBuilder().add("name", "Past deal")
                .add("accountId", account.getJsonNumber("id")).add("amount", 1000).add("currency", "EUR")
                .add("expectedCloseDate", LocalDate.now().minusDays(3).toString()).build());
        assertEquals(400, past.status(), String.valueOf(past.body()));
        assertTrue(namesField(past.json(), "expectedCloseDate"));
    }

    @Test
    void pagesAndAnswersCarryTheBrowserProtectionsAndNotTheServersVersion() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Crm.URL + "login.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var api = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Crm.URL + "api/me")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        for (var answer : List.of(page, api)) {
            var headers = answer.headers();
            String where = answer.uri().getPath();
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), where);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), where);
            assertTrue(headers.firstValue("Server").isEmpty(), where + " names the server: " + headers.firstValue("Server"));
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), where + " names the server: " + headers.firstValue("X-Powered-By"));
        }
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("form-action 'self'"));
        String cookie = String.join("; ", page.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }
}
