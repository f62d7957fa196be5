package com.acme.crm.forecast.control;

import com.acme.crm.shared.entity.InstantConverter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A native aggregate query being put together: text and its parameters in order. Plain SQL
 * that H2 and PostgreSQL both read, so that the database does the counting and summing and
 * only the few result rows come back.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql(String start, Object... values) {
        append(start, values);
    }

    public Sql append(String more, Object... values) {
        for (int i = 0, v = 0; i < more.length(); i++) {
            char c = more.charAt(i);
            text.append(c);
            if (c == '?') {
                params.add(jdbc(values[v++]));
                text.append(params.size());
            }
        }
        return this;
    }

    /** Adds " and (condition)". */
    public Sql and(String condition, Object... values) {
        return append(" and (" + condition + ")", values);
    }

    /** Runs a query and answers its rows, each an array of its columns. */
    public interface Runner {
        List<Object[]> rows(Sql sql);
    }

    /** Through the application's persistence context. */
    @SuppressWarnings("unchecked")
    public static Runner runner(EntityManager em) {
        return sql -> ((List<Object>) sql.on(em).getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    public Query on(EntityManager em) {
        Query query = em.createNativeQuery(text.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** Instants the way the entities store them (see InstantConverter). */
    private static Object jdbc(Object value) {
        if (value instanceof java.time.LocalDate day) {
            return java.sql.Date.valueOf(day);
        }
        return value instanceof Instant instant ? InstantConverter.utc(instant) : value;
    }
}
