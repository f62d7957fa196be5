package com.acme.crm.shared.control;

import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs a list query page by page in the database: one count and one page query with the same
 * conditions. Sort fields are looked up in a fixed map, so a caller can never inject a path.
 */
@Dependent
public class PagedList {

    @PersistenceContext
    EntityManager em;

    /** What one list allows: its conditions, sortable columns and default order. */
    public record Spec<E>(Class<E> type,
            BiFunction<CriteriaBuilder, Root<E>, List<Predicate>> conditions,
            Map<String, Function<Root<E>, Expression<?>>> sortable,
            String defaultSort, boolean defaultAscending) {

        public Spec(Class<E> type, BiFunction<CriteriaBuilder, Root<E>, List<Predicate>> conditions,
                Map<String, Function<Root<E>, Expression<?>>> sortable, String defaultSort) {
            this(type, conditions, sortable, defaultSort, true);
        }
    }

    public <E, D extends Serializable> Page<D> page(Spec<E> spec, PageQuery query, Function<E, D> mapper) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(spec.type());
        count.select(cb.count(countRoot)).where(spec.conditions().apply(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<E> select = cb.createQuery(spec.type());
        Root<E> root = select.from(spec.type());
        select.select(root).where(spec.conditions().apply(cb, root).toArray(Predicate[]::new));
        String sortField = query.sortField() == null ? spec.defaultSort() : query.sortField();
        boolean ascending = query.sortField() == null ? spec.defaultAscending() : query.ascending();
        var sortPath = spec.sortable().get(sortField);
        if (sortPath == null) {
            throw new InvalidInputException("sort", "cannot sort by '" + sortField + "'; use one of "
                    + spec.sortable().keySet());
        }
        Expression<?> sortExpression = sortPath.apply(root);
        select.orderBy(ascending ? cb.asc(sortExpression) : cb.desc(sortExpression), cb.asc(root.get("id")));
        List<D> items = em.createQuery(select)
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultStream().map(mapper).toList();
        return new Page<>(items, total, query.page(), query.size());
    }

    /** A period filter of whole UTC days on a time column: from the start of {@code from} to the end of {@code to}; either may be open. */
    public static void withinDays(List<Predicate> where, CriteriaBuilder cb, Expression<java.time.Instant> at,
            java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(at, from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
        if (to != null) {
            where.add(cb.lessThan(at, to.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
    }

    /** {@code lower(path) like %text%}, the search-box condition. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> path, String text) {
        return cb.like(cb.lower(path), "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%", '\\');
    }
}
