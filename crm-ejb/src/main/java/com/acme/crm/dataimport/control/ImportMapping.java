package com.acme.crm.dataimport.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps a mapping field → column as text in the job (one "field=column" per line). */
public final class ImportMapping {

    private ImportMapping() {
    }

    public static String encode(Map<String, String> mapping) {
        StringBuilder text = new StringBuilder();
        mapping.forEach((field, column) -> text.append(field).append('=').append(column.replace("\n", " ")).append('\n'));
        return text.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                mapping.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return mapping;
    }
}
