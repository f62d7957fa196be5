package com.acme.crm.web.apidoc;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * JSON written as YAML (block style), for the {@code openapi.yaml} form of the description.
 * Every string is double-quoted with JSON's escapes, which YAML reads the same way, so no text
 * ("yes", "1.0", "#") is ever mistaken for another type.
 */
final class Yaml {

    private Yaml() {
    }

    static String of(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private static void write(JsonValue value, int indent, StringBuilder out) {
        if (value instanceof JsonObject object && !object.isEmpty()) {
            object.forEach((key, member) -> {
                pad(indent, out).append(JsonValueText.quoted(key)).append(':');
                child(member, indent, out);
            });
        } else if (value instanceof JsonArray array && !array.isEmpty()) {
            for (JsonValue item : array) {
                pad(indent, out).append('-');
                child(item, indent, out);
            }
        } else {
            pad(indent, out).append(scalar(value)).append('\n');
        }
    }

    private static void child(JsonValue member, int indent, StringBuilder out) {
        if (member instanceof JsonObject o && !o.isEmpty() || member instanceof JsonArray a && !a.isEmpty()) {
            out.append('\n');
            write(member, indent + 2, out);
        } else {
            out.append(' ').append(scalar(member)).append('\n');
        }
    }

    private static String scalar(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> JsonValueText.quoted(((JsonString) value).getString());
            case NUMBER -> ((JsonNumber) value).toString();
            case OBJECT -> "{}";
            case ARRAY -> "[]";
            default -> value.toString(); // true, false, null
        };
    }

    private static StringBuilder pad(int indent, StringBuilder out) {
        return out.append(" ".repeat(indent));
    }

    /** A string as a JSON (and so YAML double-quoted) literal. */
    private static final class JsonValueText {
        static String quoted(String text) {
            return jakarta.json.Json.createValue(text).toString();
        }
    }
}
