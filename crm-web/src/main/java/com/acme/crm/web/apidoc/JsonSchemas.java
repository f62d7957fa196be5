package com.acme.crm.web.apidoc;

import com.acme.crm.web.shared.JavaTypes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the Java types the REST API reads and
 * answers, as JSON-B maps them: record components, bean getters and setters, public fields,
 * each under its Java name; enums as their names; dates as ISO text. Every data type becomes a
 * named component ({@code LeadData}, {@code LeadDataPage} for a {@code Page<LeadData>}), so the
 * description names the same types as the client jar.
 */
final class JsonSchemas {

    private final Map<String, JsonObject> components = new TreeMap<>();
    private final Map<String, Type> named = new HashMap<>();

    /** The components found so far, by name. */
    Map<String, JsonObject> components() {
        return components;
    }

    /** The schema of a type: inline for scalars, lists and maps, a {@code $ref} to a component for a data type. */
    JsonObject of(Type type) {
        return of(type, Map.of());
    }

    private JsonObject of(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable<?> variable) {
            return of(bound.getOrDefault(variable, Object.class), bound);
        }
        if (type instanceof GenericArrayType array) {
            return Json.createObjectBuilder().add("type", "array").add("items", of(array.getGenericComponentType(), bound)).build();
        }
        Class<?> raw = JavaTypes.raw(type);
        JsonObject scalar = scalar(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isArray()) {
            return Json.createObjectBuilder().add("type", "array").add("items", of(raw.getComponentType(), bound)).build();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("type", "array").add("items", of(JavaTypes.argument(type, 0), bound)).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("type", "object")
                    .add("additionalProperties", of(JavaTypes.argument(type, 1), bound)).build();
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return raw == Object.class || raw == JsonValue.class ? JsonValue.EMPTY_JSON_OBJECT
                    : Json.createObjectBuilder().add("type", raw == jakarta.json.JsonArray.class ? "array" : "object").build();
        }
        return reference(type, bound);
    }

    private JsonObject reference(Type type, Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>(outer);
        String name = name(type, bound);
        if (!components.containsKey(name)) {
            Type earlier = named.putIfAbsent(name, type);
            if (earlier != null && !earlier.equals(type)) {
                throw new IllegalStateException("two types named " + name + " in the API: " + earlier + " and " + type);
            }
            components.put(name, JsonValue.EMPTY_JSON_OBJECT); // placeholder: a type may refer to itself
            components.put(name, object(JavaTypes.raw(type), bound));
        }
        return Json.createObjectBuilder().add("$ref", "#/components/schemas/" + name).build();
    }

    /** The component name: the class's simple name (with its outer class's for a nested one), then its type arguments'. */
    private String name(Type type, Map<TypeVariable<?>, Type> bound) {
        Class<?> raw = JavaTypes.raw(type);
        String name = raw.getSimpleName();
        if (raw.getEnclosingClass() != null && !raw.getSimpleName().endsWith("Data")) {
            name = raw.getEnclosingClass().getSimpleName().replace("Resource", "") + name;
        }
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < variables.length; i++) {
                Type actual = p.getActualTypeArguments()[i];
                if (actual instanceof TypeVariable<?> v) {
                    actual = bound.getOrDefault(v, Object.class);
                }
                bound.put(variables[i], actual);
                prefix.append(name(actual, new HashMap<>(bound)));
            }
            name = prefix + name;
        }
        return name;
    }

    private JsonObject object(Class<?> raw, Map<TypeVariable<?>, Type> bound) {
        Map<String, Property> properties = properties(raw);
        JsonObjectBuilder props = Json.createObjectBuilder();
        properties.forEach((name, property) -> {
            JsonObjectBuilder schema = Json.createObjectBuilder(of(property.type, bound));
            if (!property.writable) {
                schema.add("readOnly", true);
            } else if (!property.readable) {
                schema.add("writeOnly", true);
            }
            props.add(name, schema);
        });
        return Json.createObjectBuilder().add("type", "object").add("properties", props).build();
    }

    private static JsonObject scalar(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return type("string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return type("boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return Json.createObjectBuilder().add("type", "integer").add("format", "int32").build();
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return Json.createObjectBuilder().add("type", "integer").add("format", "int64").build();
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return type("number");
        }
        if (raw.isEnum()) {
            JsonArrayBuilder names = Json.createArrayBuilder();
            Arrays.stream(raw.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
            return Json.createObjectBuilder().add("type", "string").add("enum", names).build();
        }
        if (raw == LocalDate.class) {
            return Json.createObjectBuilder().add("type", "string").add("format", "date").build();
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return Json.createObjectBuilder().add("type", "string").add("format", "date-time").build();
        }
        if (raw == LocalDateTime.class) {
            return Json.createObjectBuilder().add("type", "string")
                    .add("description", "local date and time, e.g. 2026-12-31T14:30").build();
        }
        if (raw == LocalTime.class) {
            return Json.createObjectBuilder().add("type", "string").add("description", "time of day, e.g. 14:30").build();
        }
        if (raw.getName().startsWith("java.time.")) {
            return type("string");
        }
        return null;
    }

    private static JsonObject type(String name) {
        return Json.createObjectBuilder().add("type", name).build();
    }

    private record Property(Type type, boolean readable, boolean writable) {
    }

    /** What JSON-B reads and writes of a type, in declaration order where the class keeps one. */
    private static Map<String, Property> properties(Class<?> raw) {
        Map<String, Type> readable = new LinkedHashMap<>();
        Map<String, Type> writable = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                readable.put(c.getName(), c.getGenericType());
                writable.put(c.getName(), c.getGenericType());
            }
        } else {
            for (Field f : raw.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    readable.put(f.getName(), f.getGenericType());
                    if (!Modifier.isFinal(f.getModifiers())) {
                        writable.put(f.getName(), f.getGenericType());
                    }
                }
            }
            Method[] methods = raw.getMethods();
            Arrays.sort(methods, java.util.Comparator.comparing(Method::getName)); // the JVM gives no stable order
            for (Method m : methods) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.isBridge()) {
                    continue;
                }
                String n = m.getName();
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    if (n.startsWith("get") && n.length() > 3) {
                        readable.putIfAbsent(Introspector.decapitalize(n.substring(3)), m.getGenericReturnType());
                    } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                        readable.putIfAbsent(Introspector.decapitalize(n.substring(2)), m.getGenericReturnType());
                    }
                } else if (m.getParameterCount() == 1 && n.startsWith("set") && n.length() > 3) {
                    writable.putIfAbsent(Introspector.decapitalize(n.substring(3)), m.getGenericParameterTypes()[0]);
                }
            }
        }
        Map<String, Property> all = new TreeMap<>();
        readable.forEach((name, type) -> all.put(name, new Property(type, true, writable.containsKey(name))));
        writable.forEach((name, type) -> all.putIfAbsent(name, new Property(type, false, true)));
        return all;
    }
}
