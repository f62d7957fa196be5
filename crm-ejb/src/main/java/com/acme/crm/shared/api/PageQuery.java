package com.acme.crm.shared.api;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * One page of a list: zero-based page index, page size (1 to 200; a page beyond what the
 * database can address is refused rather than overflowing), an optional sort field and
 * filters (each list checks them against what it allows) and an optional search text.
 */
public final class PageQuery implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 25;

    private final int page;
    private final int size;
    private final String sortField;
    private final boolean ascending;
    private final String search;
    private final HashMap<String, String> filters;

    public PageQuery(int page, int size, String sortField, boolean ascending, String search,
            Map<String, String> filters) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be from 1 to " + MAX_SIZE);
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "must be from 0 to " + Integer.MAX_VALUE / size + " for pages of " + size);
        }
        this.page = page;
        this.size = size;
        this.sortField = sortField == null || sortField.isBlank() ? null : sortField;
        this.ascending = ascending;
        this.search = search == null || search.isBlank() ? null : search.strip();
        this.filters = new HashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    this.filters.put(k, v.strip());
                }
            });
        }
    }

    public PageQuery(int page, int size) {
        this(page, size, null, true, null, null);
    }

    public int page() { return page; }
    public int size() { return size; }
    public String sortField() { return sortField; }
    public boolean ascending() { return ascending; }
    public String search() { return search; }
    public String filter(String name) { return filters.get(name); }
    public Map<String, String> filters() { return Map.copyOf(filters); }

    public int offset() {
        return page * size;
    }
}
