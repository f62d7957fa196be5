package com.acme.crm.web.shared;

import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every JSON request body strictly: one JSON value and nothing after it, each field
 * checked against its type ({@link JsonShape}) before binding, so a bad value is a 400 naming
 * the field instead of a silently altered value or a binder's internal message.
 */
@Provider
@Priority(1) // before the JSON-B provider, which would bind leniently
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<Object> {

    /** Created on first use: reading the shape needs JSON-P only, binding needs the server's JSON-B. */
    private static final class Binder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonValue value = parse(bytes);
        List<FieldError> errors = new ArrayList<>();
        JsonValue checked = JsonShape.check(value, genericType, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Binder.JSONB.fromJson(checked.toString(), genericType);
    }

    /** Exactly one JSON value; trailing text (a second object, stray characters) is refused. */
    static JsonValue parse(byte[] bytes) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            if (!parser.hasNext()) {
                throw new InvalidInputException("body", "is required (JSON)");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidInputException("body", "has more after the JSON value ends; send exactly one JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException("body", at == null ? "is not valid JSON"
                    : "is not valid JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")");
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
    }
}
