package com.acme.crm.web.shared;

import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InputDates;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a parsed JSON body against the Java type a resource takes, before it is bound: every
 * value must fit its field exactly (a whole number in range for a count, a real date, one of
 * the named choices), or the field is reported, all at once and in the caller's terms. A
 * binder left to itself would silently wrap 99999999999999999999 into an int, cut 1.5 to 1 or
 * answer with its own class names. Properties the caller cannot set (computed answers such as
 * a lead's score factors, unknown names) are dropped, so what was read can be written back.
 */
final class JsonShape {

    /** Amounts, quantities and rates: at most this many digits before and after the point. */
    static final int INTEGER_DIGITS = 15;
    static final int FRACTION_DIGITS = 6;

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private JsonShape() {
    }

    /** The value with what cannot be set removed; problems are added to {@code errors}. */
    static JsonValue check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = JavaTypes.raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(field, "must not be null"));
            }
            return value;
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return value;
        }
        String problem = scalarProblem(value, raw);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return value;
        }
        if (isScalar(raw)) {
            return value;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new FieldError(field, "must be a list [...]"));
                return value;
            }
            Type element = raw.isArray() ? raw.getComponentType() : JavaTypes.argument(type, 0);
            JsonArrayBuilder checked = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                checked.add(check(array.get(i), element, field + "[" + i + "]", errors));
            }
            return checked.build();
        }
        if (!(value instanceof JsonObject object)) {
            errors.add(new FieldError(field, "must be an object {...}"));
            return value;
        }
        JsonObjectBuilder checked = Json.createObjectBuilder();
        if (Map.class.isAssignableFrom(raw)) {
            Type valueType = JavaTypes.argument(type, 1);
            object.forEach((key, v) -> checked.add(key, check(v, valueType, prefix(path) + key, errors)));
            return checked.build();
        }
        Map<String, Type> properties = writableProperties(raw);
        object.forEach((key, v) -> {
            Type propertyType = properties.get(key);
            if (propertyType != null) {
                checked.add(key, check(v, propertyType, prefix(path) + key, errors));
            }
        });
        return checked.build();
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    private static boolean isScalar(Class<?> raw) {
        return raw.isPrimitive() || raw == String.class || Number.class.isAssignableFrom(raw) || raw == Boolean.class
                || raw == Character.class || raw.isEnum() || raw.getName().startsWith("java.time.");
    }

    /** Why a value does not fit a scalar type, or null when it fits (or the type is not scalar). */
    private static String scalarProblem(JsonValue value, Class<?> raw) {
        if (raw == String.class) {
            return value instanceof JsonString ? null : "must be text in quotes";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE ? null : "must be true or false";
        }
        if (raw == char.class || raw == Character.class) {
            return value instanceof JsonString s && s.getString().length() == 1 ? null : "must be a single character";
        }
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonNumber number)) {
                return "must be a number (without quotes)";
            }
            return numberProblem(number.bigDecimalValue(), raw);
        }
        if (raw.isEnum()) {
            Object[] choices = raw.getEnumConstants();
            String choiceList = Arrays.stream(choices).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            if (!(value instanceof JsonString s)) {
                return "must be one of " + choiceList;
            }
            return Arrays.stream(choices).anyMatch(c -> ((Enum<?>) c).name().equals(s.getString())) ? null
                    : "must be one of " + choiceList;
        }
        if (raw.getName().startsWith("java.time.")) {
            if (!(value instanceof JsonString s)) {
                return timeExample(raw);
            }
            return timeProblem(s.getString(), raw);
        }
        return null;
    }

    static String numberProblem(BigDecimal number, Class<?> raw) {
        long[] range = wholeRange(raw);
        if (range != null) {
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                return "must be a whole number";
            }
            if (number.compareTo(BigDecimal.valueOf(range[0])) < 0 || number.compareTo(BigDecimal.valueOf(range[1])) > 0) {
                return "must be a whole number from " + range[0] + " to " + range[1];
            }
            return null;
        }
        if (raw == BigInteger.class) {
            return number.signum() != 0 && number.stripTrailingZeros().scale() > 0 ? "must be a whole number"
                    : number.precision() - number.scale() > INTEGER_DIGITS ? "must have at most " + INTEGER_DIGITS + " digits" : null;
        }
        BigDecimal plain = number.stripTrailingZeros();
        int integerDigits = Math.max(plain.precision() - plain.scale(), 0);
        if (integerDigits > INTEGER_DIGITS || Math.max(plain.scale(), 0) > FRACTION_DIGITS) {
            return "must be a number with at most " + INTEGER_DIGITS + " digits before and " + FRACTION_DIGITS
                    + " after the decimal point";
        }
        return null;
    }

    private static long[] wholeRange(Class<?> raw) {
        if (raw == int.class || raw == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        } else if (raw == long.class || raw == Long.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        } else if (raw == short.class || raw == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        } else if (raw == byte.class || raw == Byte.class) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        return null;
    }

    private static String timeProblem(String text, Class<?> raw) {
        TemporalAccessor parsed;
        try {
            if (raw == LocalDate.class) {
                parsed = LocalDate.parse(text);
            } else if (raw == LocalDateTime.class) {
                parsed = LocalDateTime.parse(text);
            } else if (raw == LocalTime.class) {
                LocalTime.parse(text);
                return null;
            } else if (raw == OffsetDateTime.class) {
                parsed = OffsetDateTime.parse(text);
            } else if (raw == Instant.class) {
                parsed = OffsetDateTime.parse(text);
            } else {
                return null;
            }
        } catch (DateTimeException e) {
            return timeExample(raw);
        }
        return InputDates.inRange(parsed.get(ChronoField.YEAR)) ? null : InputDates.RANGE_MESSAGE;
    }

    private static String timeExample(Class<?> raw) {
        if (raw == LocalDate.class) {
            return "must be a date like 2026-12-31";
        } else if (raw == LocalDateTime.class) {
            return "must be a date and time like 2026-12-31T14:30";
        } else if (raw == LocalTime.class) {
            return "must be a time like 14:30";
        }
        return "must be a date and time like 2026-12-31T14:30:00Z";
    }

    /** What a caller may set on a type: record components, bean setters and public fields, whose type can be built from JSON. */
    static Map<String, Type> writableProperties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, t -> {
            Map<String, Type> found = new LinkedHashMap<>();
            if (t.isRecord()) {
                for (RecordComponent c : t.getRecordComponents()) {
                    found.put(c.getName(), c.getGenericType());
                }
            } else {
                for (var f : t.getFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                        found.put(f.getName(), f.getGenericType());
                    }
                }
                for (Method m : t.getMethods()) {
                    if (!Modifier.isStatic(m.getModifiers()) && m.getName().length() > 3 && m.getName().startsWith("set")
                            && m.getParameterCount() == 1) {
                        found.put(Introspector.decapitalize(m.getName().substring(3)), m.getGenericParameterTypes()[0]);
                    }
                }
            }
            found.values().removeIf(propertyType -> !buildable(propertyType));
            return Map.copyOf(found);
        });
    }

    /** Whether JSON can be turned into this type: scalars, lists and maps of such, records and beans with a public no-argument constructor. */
    private static boolean buildable(Type type) {
        Class<?> raw = JavaTypes.raw(type);
        if (isScalar(raw) || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return true;
        }
        if (raw.isArray()) {
            return buildable(raw.getComponentType());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return buildable(JavaTypes.argument(type, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return buildable(JavaTypes.argument(type, 1));
        }
        if (raw.isRecord()) {
            return true;
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            return false;
        }
        return Arrays.stream(raw.getConstructors()).anyMatch((Constructor<?> c) -> c.getParameterCount() == 0);
    }
}
