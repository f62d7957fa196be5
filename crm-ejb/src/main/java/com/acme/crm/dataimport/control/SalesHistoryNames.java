package com.acme.crm.dataimport.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How the names in a sales history meet ours: products spelled two ways ("GTXPro" in the
 * pipeline, "GTX Pro" in the product list) are one product; user names come from people's
 * names; the known misspellings of the sample are put right.
 */
public final class SalesHistoryNames {

    private static final Map<String, String> CORRECTIONS = Map.of(
            "technolgy", "technology",
            "philipines", "Philippines");

    private SalesHistoryNames() {
    }

    /** The same key for every spelling of a name that differs only in case, spaces and punctuation. */
    public static String key(String name) {
        return plain(name).replaceAll("[^a-z0-9]", "");
    }

    /** "Moses Frase" → "moses.frase". */
    public static String username(String person) {
        return plain(person).strip().replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }

    /** "GTX Plus Pro" → "GTX-PLUS-PRO": the product code. */
    public static String productCode(String product) {
        return plain(product).strip().replaceAll("[^a-z0-9]+", "-").toUpperCase(Locale.ROOT);
    }

    /** A sector or country as it should have been written: "technolgy" → "Technology". */
    public static String corrected(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String fixed = CORRECTIONS.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value.strip());
        return Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
    }

    private static String plain(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
