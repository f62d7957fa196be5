package com.acme.crm.web.apidoc;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.Public;
import com.acme.crm.web.shared.JavaTypes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 description of the REST API, read from the resource classes themselves
 * (paths, methods, parameters, bodies, answers) so that it cannot fall behind them: a resource
 * method is described the moment it exists. What Java does not say is declared next to the
 * method ({@link Answers}, {@link Filters}); the problem answers, the security scheme and the
 * event schemas come from {@link ApiComponents}.
 */
public final class OpenApiDocument {

    /** The statuses every protected operation may answer with a problem. */
    private static final List<String> ALWAYS = List.of("401", "403", "429");

    private final JsonSchemas schemas = new JsonSchemas();
    /** Path, then HTTP method, then the operation. */
    private final Map<String, Map<String, JsonObject>> paths = new TreeMap<>();
    private final java.util.Set<String> tags = new java.util.TreeSet<>();

    private OpenApiDocument() {
    }

    /** The description of these resource classes (the classes annotated with {@code @Path}). */
    public static JsonObject describe(Collection<Class<?>> resources, String version) {
        OpenApiDocument document = new OpenApiDocument();
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(document::add);
        return document.build(version);
    }

    /** The path of a resource method below /api, without any regular expression in its templates. */
    public static String pathOf(Class<?> resource, Method method) {
        String path = strip(resource.getAnnotation(Path.class).value());
        Path sub = method.getAnnotation(Path.class);
        if (sub != null && !strip(sub.value()).isEmpty()) {
            path = path.isEmpty() ? strip(sub.value()) : path + "/" + strip(sub.value());
        }
        return ("/" + path).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /** The HTTP method of a resource method, or null when it is none. */
    public static String httpMethodOf(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private void add(Class<?> resource) {
        String tag = capitalised(words(resource.getSimpleName().replace("Resource", "")));
        tags.add(tag);
        Method[] methods = resource.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            String http = httpMethodOf(method);
            if (http != null) {
                paths.computeIfAbsent(pathOf(resource, method), p -> new TreeMap<>())
                        .merge(http.toLowerCase(), operation(resource, method, tag), OpenApiDocument::sameOperation);
            }
        }
    }

    /**
     * Two Java methods of one path and HTTP method that differ in the body they take (a web
     * form's post as JSON or as form fields) are one operation with both request types.
     */
    private static JsonObject sameOperation(JsonObject first, JsonObject second) {
        JsonObjectBuilder content = Json.createObjectBuilder(first.getJsonObject("requestBody").getJsonObject("content"));
        second.getJsonObject("requestBody").getJsonObject("content").forEach(content::add);
        JsonObjectBuilder responses = Json.createObjectBuilder(second.getJsonObject("responses"));
        first.getJsonObject("responses").forEach(responses::add);
        JsonObjectBuilder merged = Json.createObjectBuilder(second);
        first.forEach(merged::add);
        return merged.add("requestBody", Json.createObjectBuilder(first.getJsonObject("requestBody")).add("content", content))
                .add("responses", responses).build();
    }

    private JsonObject operation(Class<?> resource, Method method, String tag) {
        JsonObjectBuilder op = Json.createObjectBuilder()
                .add("operationId", resource.getSimpleName().replace("Resource", "") + "_" + method.getName())
                .add("summary", capitalised(words(method.getName())))
                .add("tags", Json.createArrayBuilder().add(tag));
        Public open = resource.getAnnotation(Public.class);
        if (open != null) {
            op.add("security", JsonValue.EMPTY_JSON_ARRAY); // no login
        }
        Answers answers = method.getAnnotation(Answers.class);
        if (answers != null && !answers.note().isEmpty()) {
            op.add("description", answers.note());
        }
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        boolean hasPathParameter = false;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Context.class)) {
                continue;
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                beanParameters(parameter.getType(), method, parameters);
            } else if (parameter.isAnnotationPresent(PathParam.class)) {
                hasPathParameter = true;
                parameters.add(parameter("path", parameter.getAnnotation(PathParam.class).value(), parameter.getParameterizedType(),
                        null).add("required", true));
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                parameters.add(parameter("query", parameter.getAnnotation(QueryParam.class).value(), parameter.getParameterizedType(),
                        parameter.getAnnotation(DefaultValue.class)));
            } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                parameters.add(parameter("header", parameter.getAnnotation(HeaderParam.class).value(), parameter.getParameterizedType(),
                        parameter.getAnnotation(DefaultValue.class)));
            } else {
                Type bodyType = answers != null && answers.formFields() != Void.class ? answers.formFields()
                        : parameter.getParameterizedType();
                op.add("requestBody", Json.createObjectBuilder().add("required", true)
                        .add("content", content(consumes(resource, method), bodyType)));
            }
        }
        JsonArray built = parameters.build();
        if (!built.isEmpty()) {
            op.add("parameters", built);
        }
        op.add("responses", responses(resource, method, answers, hasPathParameter));
        return op.build();
    }

    private JsonObjectBuilder parameter(String in, String name, Type type, DefaultValue defaultValue) {
        JsonObject typed = schemas.of(type); // a data type as a parameter is a component like any other
        JsonObjectBuilder schema = Json.createObjectBuilder(typed);
        if (defaultValue != null) {
            schema.add("default", defaultValue(typed, defaultValue.value()));
        }
        JsonObjectBuilder p = Json.createObjectBuilder().add("name", name).add("in", in).add("schema", schema);
        if (Collection.class.isAssignableFrom(JavaTypes.raw(type))) {
            p.add("explode", true).add("description", "repeat the parameter for each value");
        }
        return p;
    }

    private static JsonValue defaultValue(JsonObject schema, String text) {
        String type = schema.getString("type", "string");
        return switch (type) {
            case "integer" -> Json.createValue(Long.parseLong(text));
            case "number" -> Json.createValue(new java.math.BigDecimal(text));
            case "boolean" -> Boolean.parseBoolean(text) ? JsonValue.TRUE : JsonValue.FALSE;
            default -> Json.createValue(text);
        };
    }

    /** The query parameters of a parameter bean ({@code ListParams}) and the filters the method declares. */
    private void beanParameters(Class<?> bean, Method method, JsonArrayBuilder parameters) {
        for (Field field : bean.getDeclaredFields()) {
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query != null) {
                parameters.add(parameter("query", query.value(), field.getGenericType(), field.getAnnotation(DefaultValue.class)));
            }
        }
        Filters filters = method.getAnnotation(Filters.class);
        if (filters != null) {
            for (String name : filters.value()) {
                parameters.add(parameter("query", name, String.class, null).add("description", "filter"));
            }
        }
    }

    private JsonObject responses(Class<?> resource, Method method, Answers answers, boolean hasPathParameter) {
        JsonObjectBuilder responses = Json.createObjectBuilder();
        Type body = method.getGenericReturnType();
        int status = 200;
        if (answers != null) {
            status = answers.status();
            body = answers.value() == Void.class ? null
                    : answers.list() ? new ListOf(answers.value()) : answers.value();
        } else if (body == void.class) {
            status = 204;
            body = null;
        } else if (body == Response.class) {
            throw new IllegalStateException(resource.getSimpleName() + "." + method.getName()
                    + " answers a Response: say with @Answers what it holds");
        }
        JsonObjectBuilder success = Json.createObjectBuilder().add("description", reason(status));
        if (answers != null && !answers.schema().isEmpty()) {
            success.add("content", Json.createObjectBuilder().add(MediaType.APPLICATION_JSON, Json.createObjectBuilder()
                    .add("schema", Json.createObjectBuilder().add("$ref", "#/components/schemas/" + answers.schema()))));
        } else if (body != null) {
            success.add("content", content(produces(resource, method), body));
        }
        responses.add(String.valueOf(status), success);
        responses.add("400", problem("BadRequest"));
        Public open = resource.getAnnotation(Public.class);
        if (open == null) {
            ALWAYS.forEach(s -> responses.add(s, problem(ApiComponents.PROBLEMS.get(s))));
        } else if (open.rateLimited()) {
            responses.add("429", problem("TooManyPosts"));
        }
        if (hasPathParameter) {
            responses.add("404", problem("NotFound"));
        }
        if (!"GET".equals(httpMethodOf(method)) && open == null) {
            responses.add("409", problem("Conflict"));
        }
        return responses.build();
    }

    private static JsonObject problem(String name) {
        return Json.createObjectBuilder().add("$ref", "#/components/responses/" + name).build();
    }

    private JsonObject content(List<String> mediaTypes, Type type) {
        JsonObjectBuilder content = Json.createObjectBuilder();
        for (String mediaType : mediaTypes) {
            Class<?> raw = JavaTypes.raw(type);
            JsonObject schema;
            if (raw == byte[].class || java.io.InputStream.class.isAssignableFrom(raw)) {
                schema = Json.createObjectBuilder().add("type", "string").add("contentMediaType", mediaType).build();
            } else if (!mediaType.contains("json") && !mediaType.equals(MediaType.APPLICATION_FORM_URLENCODED)) {
                schema = Json.createObjectBuilder().add("type", "string").build();
            } else {
                schema = schemas.of(type);
            }
            content.add(mediaType, Json.createObjectBuilder().add("schema", schema));
        }
        return content.build();
    }

    private static List<String> consumes(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value());
    }

    private static List<String> produces(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
    }

    private JsonObject build(String version) {
        JsonObjectBuilder allPaths = Json.createObjectBuilder();
        paths.forEach((path, operations) -> {
            JsonObjectBuilder item = Json.createObjectBuilder();
            operations.forEach(item::add);
            allPaths.add(path, item);
        });
        JsonArrayBuilder tagList = Json.createArrayBuilder();
        tags.forEach(name -> tagList.add(Json.createObjectBuilder().add("name", name)));
        ApiComponents.addTo(schemas);
        JsonObjectBuilder schemaList = Json.createObjectBuilder();
        schemas.components().forEach(schemaList::add);
        return Json.createObjectBuilder()
                .add("openapi", "3.1.0")
                .add("info", ApiComponents.info(version))
                .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "/crm/api")))
                .add("security", Json.createArrayBuilder().add(Json.createObjectBuilder().add("basicAuth", JsonValue.EMPTY_JSON_ARRAY)))
                .add("tags", tagList)
                .add("paths", allPaths)
                .add("components", Json.createObjectBuilder()
                        .add("schemas", schemaList)
                        .add("responses", ApiComponents.problemResponses())
                        .add("securitySchemes", ApiComponents.securitySchemes()))
                .add("webhooks", ApiComponents.webhooks())
                .build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? String.valueOf(status) : known.getReasonPhrase();
    }

    /** "findAccounts" → "find accounts", "ServiceRequests" → "service requests". */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code List<T>} for a type named by {@link Answers#list}. */
    private record ListOf(Class<?> element) implements java.lang.reflect.ParameterizedType {
        @Override public Type[] getActualTypeArguments() { return new Type[] {element}; }
        @Override public Type getRawType() { return List.class; }
        @Override public Type getOwnerType() { return null; }
    }
}
