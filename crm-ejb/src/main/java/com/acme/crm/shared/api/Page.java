package com.acme.crm.shared.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A page of results and the total number of matching records. */
public final class Page<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<T> items;
    private final long total;
    private final int page;
    private final int size;

    public Page(List<T> items, long total, int page, int size) {
        this.items = new ArrayList<>(items);
        this.total = total;
        this.page = page;
        this.size = size;
    }

    public List<T> getItems() { return List.copyOf(items); }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public int getSize() { return size; }
}
