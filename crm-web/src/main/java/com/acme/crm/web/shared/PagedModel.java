package com.acme.crm.web.shared;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a boundary's paged list: each page, sort and count is a
 * database query, nothing is loaded whole. Subclasses say how to fetch and which filters apply.
 */
public abstract class PagedModel<T extends Serializable> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    protected abstract Page<T> fetch(PageQuery query);

    /** The search text and filters of the page around the table. */
    protected abstract String search();

    protected Map<String, String> filters() {
        return Map.of();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(new PageQuery(0, 1, null, true, search(), filters())).getTotal();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(pageSize, 1);
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageQuery query = new PageQuery(first / size, size, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, search(), filters());
        Page<T> page = fetch(query);
        setRowCount((int) page.getTotal());
        return page.getItems();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.hashCode());
    }
}
