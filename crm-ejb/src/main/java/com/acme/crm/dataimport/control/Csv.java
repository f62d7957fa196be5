package com.acme.crm.dataimport.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CSV as spreadsheets export it (RFC 4180): quoted fields with commas,
 * quotes and line breaks, CRLF or LF, a byte-order mark, and ';' as separator when the header
 * uses it (as many European spreadsheets do).
 */
public final class Csv {

    private Csv() {
    }

    public static List<List<String>> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(content);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                addUnlessBlank(rows, row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            addUnlessBlank(rows, row);
        }
        return rows;
    }

    /**
     * One CSV line the product writes. A cell a spreadsheet would run as a formula (starting
     * with {@code = + - @}, a tab or a carriage return, e.g. {@code =HYPERLINK(...)}) is written
     * with a leading apostrophe, which spreadsheets show as text (OWASP's advice on CSV
     * injection); plain numbers such as {@code -5} stay as they are.
     */
    public static String line(List<String> fields) {
        List<String> escaped = new ArrayList<>();
        for (String f : fields) {
            String value = neutralised(f == null ? "" : f);
            escaped.add(value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return String.join(",", escaped) + "\r\n";
    }

    /** A cell a spreadsheet will not run as a formula: text starting with = + - @ tab or CR gets a leading apostrophe (numbers stay). */
    public static String neutralised(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || value.matches("[+-]?\\d+([.,]\\d+)?")) {
            return value;
        }
        return "'" + value;
    }

    private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }

    private static char separatorOf(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
