package com.acme.crm.web.apidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.pipeline.control.DealFilters;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.RestApplication;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API description is complete: every resource method of the web module is in it with
 * its path, method, parameters, body and answer, every reference resolves, and the YAML form
 * says the same as the JSON one.
 */
class OpenApiDocumentTest {

    static List<Class<?>> resources;
    static JsonObject description;

    @BeforeAll
    static void describeTheWebModule() throws Exception {
        java.nio.file.Path classes = Paths.get(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        description = OpenApiDocument.describe(resources, "test");
    }

    @Test
    void everyResourceMethodIsDescribedWithItsParametersBodyAndAnswer() throws IOException {
        long declared;
        try (Stream<java.nio.file.Path> sources = Files.walk(Paths.get("src/main/java"))) {
            declared = sources.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("\n@Path(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertEquals(declared, resources.size(), "every resource class of the module was found");
        int operations = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                String http = OpenApiDocument.httpMethodOf(method);
                if (http == null) {
                    continue;
                }
                operations++;
                String where = resource.getSimpleName() + "." + method.getName();
                JsonObject path = description.getJsonObject("paths").getJsonObject(OpenApiDocument.pathOf(resource, method));
                assertTrue(path != null && path.containsKey(http.toLowerCase()), where + " is described");
                JsonObject op = path.getJsonObject(http.toLowerCase());
                Set<String> described = new HashSet<>();
                op.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().stream().map(JsonValue::asJsonObject)
                        .forEach(p -> described.add(p.getString("in") + ":" + p.getString("name")));
                boolean body = false;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(PathParam.class)) {
                        assertTrue(described.contains("path:" + parameter.getAnnotation(PathParam.class).value()), where);
                    } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                        assertTrue(described.contains("query:" + parameter.getAnnotation(QueryParam.class).value()), where);
                    } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                        for (var field : parameter.getType().getDeclaredFields()) {
                            if (field.isAnnotationPresent(QueryParam.class)) {
                                String name = field.getAnnotation(QueryParam.class).value();
                                assertTrue(described.contains("query:" + name), where + " takes " + name);
                            }
                        }
                    } else if (!parameter.isAnnotationPresent(Context.class) && parameter.getAnnotations().length == 0) {
                        body = true;
                    }
                }
                Filters filters = method.getAnnotation(Filters.class);
                for (String filter : filters == null ? new String[0] : filters.value()) {
                    assertTrue(described.contains("query:" + filter), where + " filters by " + filter);
                }
                assertEquals(body, op.containsKey("requestBody"), where + " body");
                JsonObject responses = op.getJsonObject("responses");
                String success = responses.keySet().stream().filter(s -> s.startsWith("2")).findFirst().orElseThrow();
                assertEquals(!"204".equals(success), responses.getJsonObject(success).containsKey("content"), where + " answer");
                assertTrue(responses.containsKey("400"), where);
                if (resource.isAnnotationPresent(com.acme.crm.web.shared.Public.class)) {
                    assertEquals(JsonValue.EMPTY_JSON_ARRAY, op.get("security"), where + " needs no login");
                    assertFalse(responses.containsKey("401") || responses.containsKey("403"), where);
                } else {
                    assertFalse(op.containsKey("security"), where + " needs the document's login");
                    assertTrue(responses.containsKey("401") && responses.containsKey("403"), where);
                }
            }
        }
        assertTrue(operations > 120, "operations: " + operations);
    }

    @Test
    void theWebFormPostIsOnePublicRateLimitedOperationTakingJsonOrFormFields() {
        JsonObject post = description.getJsonObject("paths").getJsonObject("/forms/{key}/leads").getJsonObject("post");
        JsonObject content = post.getJsonObject("requestBody").getJsonObject("content");
        assertEquals(Set.of("application/json", "application/x-www-form-urlencoded"), content.keySet());
        assertEquals("#/components/schemas/WebFormEntry", content.getJsonObject("application/x-www-form-urlencoded")
                .getJsonObject("schema").getString("$ref"), "the form fields are the entry's properties");
        assertEquals(Set.of("202", "303", "400", "404", "429"), post.getJsonObject("responses").keySet());
        assertEquals("#/components/responses/TooManyPosts", post.getJsonObject("responses").getJsonObject("429").getString("$ref"));
        assertTrue(description.getJsonObject("components").getJsonObject("responses").getJsonObject("TooManyPosts")
                .getJsonObject("headers").containsKey("Retry-After"));
    }

    @Test
    void operationIdsAreUniqueAndEveryReferenceResolves() {
        Set<String> ids = new HashSet<>();
        description.getJsonObject("paths").values().forEach(p -> p.asJsonObject().values()
                .forEach(op -> assertTrue(ids.add(op.asJsonObject().getString("operationId")), op.toString())));
        List<String> refs = new ArrayList<>();
        collectRefs(description, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/"), ref);
            String[] parts = ref.substring(2).split("/");
            assertTrue(description.getJsonObject(parts[0]).getJsonObject(parts[1]).containsKey(parts[2]), ref + " resolves");
        }
    }

    @Test
    void dataTypesAreDescribedPropertyByProperty() {
        JsonObject schemas = description.getJsonObject("components").getJsonObject("schemas");
        JsonObject lead = schemas.getJsonObject("LeadData").getJsonObject("properties");
        assertEquals("number", lead.getJsonObject("budgetAmount").getString("type"));
        assertEquals("date", lead.getJsonObject("expectedPurchaseDate").getString("format"));
        assertTrue(lead.getJsonObject("status").getJsonArray("enum").contains(Json.createValue("QUALIFIED")));
        JsonObject page = schemas.getJsonObject("LeadDataPage").getJsonObject("properties");
        assertEquals("#/components/schemas/LeadData", page.getJsonObject("items").getJsonObject("items").getString("$ref"));
        assertEquals("int64", page.getJsonObject("total").getString("format"));
        JsonObject problem = schemas.getJsonObject("Problem").getJsonObject("properties");
        assertEquals("#/components/schemas/FieldError", problem.getJsonObject("errors").getJsonObject("items").getString("$ref"));
        // every event type is in the CloudEvent schema, each family with its data
        assertEquals(com.acme.crm.event.boundary.EventType.values().length,
                schemas.getJsonObject("CloudEvent").getJsonObject("properties").getJsonObject("type").getJsonArray("enum").size());
        assertEquals(6, schemas.getJsonObject("CloudEvent").getJsonArray("allOf").size());
        assertTrue(description.getJsonObject("webhooks").containsKey("businessEvent"));
    }

    @Test
    void aCreationAnswers201WithTheRecordAndListsTakeTheirFilters() {
        JsonObject post = description.getJsonObject("paths").getJsonObject("/leads").getJsonObject("post");
        assertEquals("#/components/schemas/LeadData", post.getJsonObject("responses").getJsonObject("201")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertTrue(post.getJsonObject("responses").containsKey("409"));
        JsonArray parameters = description.getJsonObject("paths").getJsonObject("/service-requests").getJsonObject("get")
                .getJsonArray("parameters");
        assertTrue(parameters.stream().anyMatch(p -> p.asJsonObject().getString("name").equals("breached")));
        JsonObject size = parameters.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals("size"))
                .findFirst().orElseThrow();
        assertEquals(25, size.getJsonObject("schema").getInt("default"));
        assertEquals("integer", size.getJsonObject("schema").getString("type"), "a parameter with a default keeps its type");
        assertEquals("Service requests", description.getJsonObject("paths").getJsonObject("/service-requests")
                .getJsonObject("get").getJsonArray("tags").getString(0));
        JsonObject pdf = description.getJsonObject("paths").getJsonObject("/quotes/{id}/pdf").getJsonObject("get");
        assertEquals("application/pdf", pdf.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/pdf").getJsonObject("schema").getString("contentMediaType"));
    }

    @Test
    void theDealListsTakeExactlyTheFiltersTheRulesKnow() throws Exception {
        Class<?> deals = Class.forName("com.acme.crm.web.pipeline.OpportunitiesResource");
        for (String method : List.of("list", "board")) {
            Method m = java.util.Arrays.stream(deals.getMethods()).filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
            assertEquals(DealFilters.NAMES, List.of(m.getAnnotation(Filters.class).value()), method);
        }
    }

    @Test
    void theYamlFormSaysTheSameAsTheJson() throws IOException {
        Object fromYaml = new org.yaml.snakeyaml.Yaml().load(Yaml.of(description));
        Object fromJson = new org.yaml.snakeyaml.Yaml().load(description.toString()); // JSON is YAML too
        assertEquals(fromJson, fromYaml);
        assertTrue(Yaml.of(Json.createObjectBuilder().add("a", "yes").add("b", "1.0").build()).contains("\"a\": \"yes\""));
        assertEquals("\"x\": \"multi\\nline # not a comment\"\n",
                Yaml.of(Json.createObjectBuilder().add("x", "multi\nline # not a comment").build()));
    }

    private static void collectRefs(JsonValue value, List<String> refs) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (key.equals("$ref")) {
                    refs.add(((jakarta.json.JsonString) member).getString());
                } else {
                    collectRefs(member, refs);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collectRefs(item, refs));
        }
    }
}
