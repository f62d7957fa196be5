package com.acme.crm.pipeline.control;

import com.acme.crm.shared.api.Money;
import com.acme.crm.pipeline.boundary.BoardColumnData;
import com.acme.crm.pipeline.boundary.CurrencyTotalData;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.shared.api.PageQuery;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The board's columns, computed in the database: one aggregate query per column for its
 * count and per-currency totals, one paged query for its cards (largest first), both under
 * the same filters, so a column's totals always cover the cards it pages through.
 */
@Dependent
public class BoardColumns {

    private static final int CARDS_PER_PAGE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One stage's column: totals per currency over every matching deal, and its first {@code lastPage + 1} pages of cards. */
    public BoardColumnData column(CallerScope scope, Stage stage, PageQuery filters, int lastPage) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> sums = cb.createQuery(Object[].class);
        Root<Opportunity> o = sums.from(Opportunity.class);
        List<Predicate> where = new ArrayList<>(DealFilters.where(cb, o, scope, filters));
        where.add(cb.equal(o.get("stage"), stage));
        sums.multiselect(o.get("currency"), cb.count(o), cb.sum(o.<BigDecimal>get("amount")),
                        cb.sum(cb.prod(o.<BigDecimal>get("amount"), o.<Integer>get("probability"))))
                .where(where.toArray(Predicate[]::new)).groupBy(o.get("currency"));
        long count = 0;
        List<CurrencyTotalData> totals = new ArrayList<>();
        for (Object[] row : em.createQuery(sums).getResultList()) {
            count += ((Number) row[1]).longValue();
            if (row[0] != null && row[2] != null) {
                String currency = (String) row[0];
                Money weighted = Money.rounded(new BigDecimal(row[3].toString()).divide(BigDecimal.valueOf(100)), currency);
                totals.add(new CurrencyTotalData(currency, Money.scaled(new BigDecimal(row[2].toString()), currency), weighted.amount()));
            }
        }
        totals.sort((a, b) -> a.getCurrency().compareTo(b.getCurrency()));

        CriteriaQuery<Opportunity> cards = cb.createQuery(Opportunity.class);
        Root<Opportunity> c = cards.from(Opportunity.class);
        List<Predicate> cardWhere = new ArrayList<>(DealFilters.where(cb, c, scope, filters));
        cardWhere.add(cb.equal(c.get("stage"), stage));
        cards.select(c).where(cardWhere.toArray(Predicate[]::new))
                .orderBy(cb.desc(cb.coalesce(c.<BigDecimal>get("amount"), BigDecimal.ZERO)), cb.asc(c.get("id")));
        Instant now = clock.instant();
        List<OpportunityData> page = em.createQuery(cards).setMaxResults((lastPage + 1) * CARDS_PER_PAGE).getResultStream()
                .map(deal -> DealMapping.toData(deal, now)).toList();
        return new BoardColumnData(stage.getId(), stage.getName(), stage.getKind(), stage.getProbability(), count, totals, page);
    }
}
