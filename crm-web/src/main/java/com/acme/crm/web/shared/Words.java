package com.acme.crm.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;

/**
 * Choices as people read them: a status, priority or role is stored as a constant
 * (IN_PROGRESS, BEST_CASE, DECISION_MAKER) and shown as words ("In progress", "Best case",
 * "Decision maker"). Text that is not such a constant is shown as it is.
 */
@Named
@ApplicationScoped
public class Words {

    private static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("EMAIL", "E-mail"), Map.entry("ON_SITE", "On site"),
            Map.entry("UNDER_1M", "Under 1 million"), Map.entry("FROM_1M_TO_10M", "1 to 10 million"),
            Map.entry("FROM_10M_TO_100M", "10 to 100 million"), Map.entry("FROM_100M_TO_1B", "100 million to 1 billion"),
            Map.entry("OVER_1B", "Over 1 billion"));

    public String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        if (!text.matches("[A-Z][A-Z0-9_]*")) {
            return text;
        }
        String special = SPECIAL.get(text);
        if (special != null) {
            return special;
        }
        String spaced = text.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Several values in words, in their natural order: "Sales rep, Integration". */
    public String all(java.util.Collection<?> values) {
        return values == null ? "" : values.stream().sorted().map(this::of).collect(java.util.stream.Collectors.joining(", "));
    }
}
