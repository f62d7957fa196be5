package com.acme.crm.web.shared;

import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.control.Inputs;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Query parameters read strictly, with the parameter named in the 400 answer. Left to the
 * REST runtime, {@code ?page=abc} would be a 404 (the specification's answer for a query
 * parameter that does not convert) without saying which parameter was wrong.
 */
@Provider
public class QueryParams implements ParamConverterProvider {

    /** Longer search texts and filters are refused: nothing in the CRM is searched by more. */
    public static final int MAX_LENGTH = 200;

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (name == null) {
            return null;
        }
        String param = name;
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(param, rawType.isPrimitive() ? 0 : null, s -> whole(param, s, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue());
        } else if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(param, rawType.isPrimitive() ? 0L : null, s -> whole(param, s, Long.MIN_VALUE, Long.MAX_VALUE));
        } else if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(param, rawType.isPrimitive() ? false : null, s -> switch (s.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw refusal(param, "must be true or false");
            });
        } else if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(param, null, s -> date(param, s));
        } else if (rawType == String.class) {
            return (ParamConverter<T>) converter(param, null, s -> {
                if (s.length() > MAX_LENGTH) {
                    throw refusal(param, "must be at most " + MAX_LENGTH + " characters");
                }
                return s;
            });
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String param, T absent, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isBlank() ? absent : parse.apply(value.strip());
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Long whole(String param, String text, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw refusal(param, "must be a whole number from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw refusal(param, text.matches("[+-]?\\d+") ? "must be a whole number from " + min + " to " + max
                    : "must be a whole number");
        }
    }

    /** A day, strictly: {@code 2026-12-31}, within the years the CRM accepts (the boundaries' own rule). */
    public static LocalDate date(String param, String text) {
        try {
            return Inputs.date(param, text);
        } catch (InvalidInputException e) {
            throw refusal(param, e.getFieldErrors().get(0).getMessage());
        }
    }

    /** A 400 problem naming the parameter; thrown as a WebApplicationException so the runtime answers it as it is. */
    public static BadRequestException refusal(String param, String message) {
        Response problem = Problem.response(Response.Status.BAD_REQUEST, param + " " + message,
                List.of(new FieldError(param, message)));
        return new BadRequestException(problem);
    }
}
