package com.acme.crm.audit.control;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record as its callers read it (its data object), as field label → shown value, and the
 * differences between two such pictures. Only what a user sees as a field counts: texts,
 * numbers, dates, choices, yes/no, lists of simple values, and the simple fields of a nested
 * object (a quote's totals), each line of a quote; ids, versions and the stamps of the last change do not, nor does
 * an id whose name is also there (the owner's name, not the owner's id).
 */
public final class Snapshots {

    private static final Set<String> SKIPPED = Set.of("id", "version", "class", "createdAt", "createdBy", "updatedAt", "updatedBy");

    /**
     * Lists whose items are part of the record, each item's fields shown as "Line 2: Quantity".
     * Only these: other lists of objects (a lead's score factors, its possible duplicates) are
     * calculated or looked up, not typed, and would fill the history with what nobody changed.
     */
    private static final Set<String> ITEMISED = Set.of("lines");

    private Snapshots() {
    }

    public static Map<String, String> of(Object data) {
        Map<String, String> values = new LinkedHashMap<>();
        add(values, "", data, true);
        return values;
    }

    /** Label → {before, after} for every field whose shown value differs. */
    public static Map<String, String[]> differences(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String old = before.getOrDefault(field, "");
            if (!Objects.equals(old, value)) {
                changed.put(field, new String[] {old, value});
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field) && !old.isEmpty()) {
                changed.put(field, new String[] {old, ""});
            }
        });
        return changed;
    }

    private static void add(Map<String, String> values, String prefix, Object bean, boolean nest) {
        if (bean == null) {
            return;
        }
        PropertyDescriptor[] properties;
        try {
            properties = Introspector.getBeanInfo(bean.getClass()).getPropertyDescriptors();
        } catch (IntrospectionException e) {
            return;
        }
        Set<String> names = java.util.Arrays.stream(properties).map(PropertyDescriptor::getName).collect(Collectors.toSet());
        for (PropertyDescriptor p : properties) {
            String name = p.getName();
            if (p.getReadMethod() == null || SKIPPED.contains(name)
                    || name.endsWith("Id") && (names.contains(name.substring(0, name.length() - 2) + "Name")
                            || names.contains(name.substring(0, name.length() - 2) + "Code"))) {
                continue;
            }
            Object value;
            try {
                value = p.getReadMethod().invoke(bean);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            Class<?> type = p.getPropertyType();
            String label = prefix + words(name);
            if (simple(type)) {
                values.put(label, shown(value));
            } else if (Collection.class.isAssignableFrom(type)) {
                Collection<?> items = (Collection<?>) value;
                if (items != null && items.stream().allMatch(i -> i == null || simple(i.getClass()))) {
                    values.put(label, items.stream().map(Snapshots::shown).sorted().collect(Collectors.joining(", ")));
                } else if (items != null && nest && ITEMISED.contains(name)) {
                    String item = label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
                    int position = 1;
                    for (Object each : items) {
                        add(values, item + " " + position++ + ": ", each, false);
                    }
                }
            } else if (nest && type.getName().startsWith("com.acme")) {
                add(values, label + ": ", value, false);
            }
        }
    }

    private static boolean simple(Class<?> type) {
        return type.isPrimitive() || type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type.isEnum() || TemporalAccessor.class.isAssignableFrom(type);
    }

    /** A value as a user reads it: 1200.50, 2026-12-31, yes, "in progress" for IN_PROGRESS; nothing for none. */
    static String shown(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof BigDecimal number) {
            BigDecimal plain = number.stripTrailingZeros(); // 12000 and 12000.00 are the same amount
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        } else if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        } else if (value instanceof Enum<?> choice) {
            return choice.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return value.toString();
    }

    /** "expectedCloseDate" → "Expected close date". */
    static String words(String property) {
        String spaced = property.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
