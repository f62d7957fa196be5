package com.acme.crm.web.shared;

import com.acme.crm.shared.api.PageQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters every REST list takes: {@code page} (from 0), {@code size},
 * {@code sort}, {@code dir} (asc/desc), {@code q} (search); the named filters the resource
 * method declares with {@link Filters} are read from the query string by name.
 */
public class ListParams {

    @QueryParam("page") @DefaultValue("0") int page;
    @QueryParam("size") @DefaultValue("25") int size;
    @QueryParam("sort") String sort;
    @QueryParam("dir") @DefaultValue("asc") String dir;
    @QueryParam("q") String search;

    @Context ResourceInfo resource;

    /** The page asked for, with the filters the called resource method declares. */
    public PageQuery toQuery(UriInfo uri) {
        Filters declared = resource.getResourceMethod().getAnnotation(Filters.class);
        return toQuery(uri, declared == null ? List.of() : List.of(declared.value()));
    }

    private PageQuery toQuery(UriInfo uri, List<String> filterNames) {
        Map<String, String> filters = new HashMap<>();
        for (String name : filterNames) {
            filters.put(name, uri.getQueryParameters().getFirst(name));
        }
        return new PageQuery(page, size, sort, !"desc".equalsIgnoreCase(dir), search, filters);
    }
}
