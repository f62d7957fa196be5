package com.acme.crm.web.shared;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.io.Serializable;
import java.util.Map;

/**
 * What the customer lists share: a search box, an "only mine" switch and a lazy table
 * whose every page is one query of the boundary.
 */
public abstract class OwnedRecordList<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private String search;
    private boolean onlyMine;

    private final PagedModel<T> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<T> fetch(PageQuery query) {
            return OwnedRecordList.this.fetch(query);
        }

        @Override
        protected String search() {
            return search;
        }

        @Override
        protected Map<String, String> filters() {
            return onlyMine ? Map.of("owner", "me") : Map.of();
        }
    };

    protected abstract Page<T> fetch(PageQuery query);

    public PagedModel<T> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isOnlyMine() { return onlyMine; }
    public void setOnlyMine(boolean onlyMine) { this.onlyMine = onlyMine; }
}
