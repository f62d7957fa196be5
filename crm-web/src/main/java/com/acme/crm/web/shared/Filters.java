package com.acme.crm.web.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The named filters a REST list takes besides paging, sorting and search ({@link ListParams}):
 * read from the query string by {@link ListParams#toQuery} and listed as parameters in the API
 * description, so the two cannot differ.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Filters {

    String[] value();
}
