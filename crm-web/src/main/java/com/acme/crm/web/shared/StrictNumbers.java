package com.acme.crm.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers typed into pages, read exactly or refused at the field: "1200.50" and "1,200.50"
 * are 1200.50, "-5000" is minus 5000 (for the field's rule to judge), and "12abc-5", "abc2" or
 * the German "1.200,50" are refused instead of being read as 125, 2 or 1.20. Registered for
 * every number-typed field, so no page can forget it; ranges are the records' own rules.
 */
public final class StrictNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)");

    private StrictNumbers() {
    }

    static BigDecimal decimal(String text) {
        String typed = text.strip();
        if (!DECIMAL.matcher(typed).matches()) {
            throw refused("must be a number like 1200.50 (a point before the decimals, commas only between thousands)");
        }
        return new BigDecimal(typed.replace(",", ""));
    }

    static long whole(String text, long min, long max) {
        String typed = text.strip();
        if (!WHOLE.matcher(typed).matches()) {
            throw refused("must be a whole number like 250");
        }
        BigDecimal value = new BigDecimal(typed.replace(",", ""));
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refused("is too large");
        }
        return value.longValueExact();
    }

    private static ConverterException refused(String message) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @FacesConverter(forClass = BigDecimal.class)
    public static class Decimals implements Converter<BigDecimal> {
        @Override
        public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? null : decimal(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
            if (value == null) {
                return "";
            }
            // whole numbers without decimals (480, 60000: they fit a cell), cents kept (12.50),
            // no padding zeros (1.5, not 1.500)
            BigDecimal plain = value.stripTrailingZeros();
            if (plain.scale() <= 0) {
                return plain.setScale(0).toPlainString();
            }
            return (value.scale() > 2 ? plain : value).toPlainString();
        }
    }

    @FacesConverter(forClass = Integer.class)
    public static class Integers implements Converter<Integer> {
        @Override
        public Integer getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? null : (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Integer value) {
            return value == null ? "" : value.toString();
        }
    }

    @FacesConverter(forClass = Long.class)
    public static class Longs implements Converter<Long> {
        @Override
        public Long getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? null : whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Long value) {
            return value == null ? "" : value.toString();
        }
    }
}
