package com.acme.crm.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    public enum Size { SMALL, LARGE }

    public static class Computed {
        public Computed(String why) {
        }
    }

    public static class Order {
        public void setQuantity(Integer quantity) { }
        public void setCount(int count) { }
        public void setAmount(BigDecimal amount) { }
        public void setDay(LocalDate day) { }
        public void setSize(Size size) { }
        public void setName(String name) { }
        public void setLines(List<Line> lines) { }
        public void setFactors(List<Computed> factors) { }
    }

    public record Line(long productId, BigDecimal quantity) {
    }

    private static List<FieldError> errors(String json) {
        List<FieldError> errors = new ArrayList<>();
        JsonShape.check(JsonBodies.parse(json.getBytes(StandardCharsets.UTF_8)), Order.class, "", errors);
        return errors;
    }

    private static String only(String json) {
        List<FieldError> errors = errors(json);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).getField() + " " + errors.get(0).getMessage();
    }

    @Test
    void aCountThatOverflowsOrHasDecimalsIsRefusedNotWrappedOrCut() {
        assertEquals("quantity must be a whole number from -2147483648 to 2147483647", only("{\"quantity\": 99999999999999999999}"));
        assertEquals("quantity must be a whole number", only("{\"quantity\": 1.5}"));
        assertEquals("count must be a whole number from -2147483648 to 2147483647", only("{\"count\": 1e400}"));
        assertEquals("quantity must be a number (without quotes)", only("{\"quantity\": \"12abc-5\"}"));
        assertTrue(errors("{\"quantity\": 2.0, \"count\": -5}").isEmpty(), "2.0 is the whole number 2; -5 is for the rules to judge");
    }

    @Test
    void amountsKeepToFifteenDigitsAndSixDecimals() {
        assertTrue(only("{\"amount\": 1e400}").startsWith("amount must be a number with at most 15 digits"));
        assertTrue(only("{\"amount\": 0.0000001}").startsWith("amount must be a number with at most 15 digits"));
        assertEquals("amount must be a number (without quotes)", only("{\"amount\": \"1.200,50\"}"));
        assertTrue(errors("{\"amount\": 1200.50}").isEmpty());
    }

    @Test
    void datesAreRealDaysWithinTheYearsTheCrmAccepts() {
        assertEquals("day must be a date between 1900-01-01 and 2999-12-31", only("{\"day\": \"-0001-01-01\"}"));
        assertEquals("day must be a date like 2026-12-31", only("{\"day\": \"2026-02-30\"}"));
        assertEquals("day must be a date like 2026-12-31", only("{\"day\": 20261231}"));
        assertTrue(errors("{\"day\": \"2026-12-31\"}").isEmpty());
    }

    @Test
    void choicesAreNamedAndNothingIsCoerced() {
        assertEquals("size must be one of SMALL, LARGE", only("{\"size\": \"small\"}"));
        assertEquals("name must be text in quotes", only("{\"name\": 12}"));
        assertEquals("lines[1].quantity must be a number (without quotes)",
                only("{\"lines\": [{\"productId\": 1, \"quantity\": 2}, {\"productId\": 2, \"quantity\": \"two\"}]}"));
        assertEquals("count must not be null", only("{\"count\": null}"));
    }

    @Test
    void whatCannotBeSetIsDroppedSoThatAnAnswerCanBeSentBack() {
        List<FieldError> errors = new ArrayList<>();
        JsonValue checked = JsonShape.check(JsonBodies.parse(("{\"name\": \"x\", \"score\": 80, \"factors\": [{\"why\": 1}]}")
                .getBytes(StandardCharsets.UTF_8)), Order.class, "", errors);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(List.of("name"), List.copyOf(((JsonObject) checked).keySet()));
    }

    @Test
    void exactlyOneJsonValueIsRead() {
        assertThrows(InvalidInputException.class, () -> JsonBodies.parse("{\"a\": 1} {\"a\": 2}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInputException.class, () -> JsonBodies.parse("{\"a\": 1} x".getBytes(StandardCharsets.UTF_8)));
        InvalidInputException cut = assertThrows(InvalidInputException.class,
                () -> JsonBodies.parse("{\"a\": ".getBytes(StandardCharsets.UTF_8)));
        assertEquals("body", cut.getFieldErrors().get(0).getField());
        assertFalse(cut.getMessage().contains("Exception"), cut.getMessage());
    }
}
