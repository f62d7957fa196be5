package com.acme.crm.forecast.control;

import com.acme.crm.forecast.boundary.ForecastRowData;
import com.acme.crm.forecast.entity.ForecastAdjustment;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forecast per rep in one aggregate query: won in the period, and the open deals expected
 * to close in it by forecast category. Commit counts won plus committed deals; best case adds
 * the best-case deals; pipeline is every open deal but the omitted ones.
 */
@Dependent
public class ForecastQueries {

    @PersistenceContext
    EntityManager em;

    /** Who runs the SQL: the persistence context, or plain JDBC in the benchmark. */
    Sql.Runner runner;

    private List<Object[]> rows(Sql sql) {
        if (runner == null) {
            runner = Sql.runner(em);
        }
        return runner.rows(sql);
    }

    /** Rep id → their figures (won, commit, best case as totals; pipeline; weighted). */
    public Map<Long, ForecastRowData> byRep(MetricScope scope, ForecastPeriod period, String currency) {
        String inPeriod = "o.expected_close_date >= ? and o.expected_close_date < ?";
        String open = "s.kind = 'OPEN' and " + inPeriod;
        Sql sql = new Sql("select o.owner_id,"
                + " sum(case when s.kind = 'WON' then o.amount else 0 end),"
                + " sum(case when " + open + " and o.forecast_category = 'COMMIT' then o.amount else 0 end),"
                + " sum(case when " + open + " and o.forecast_category = 'BEST_CASE' then o.amount else 0 end),"
                + " sum(case when " + open + " and o.forecast_category <> 'OMITTED' then o.amount else 0 end),"
                + " sum(case when " + open + " and o.forecast_category <> 'OMITTED' then o.amount * o.probability else 0 end)"
                + MetricQueries.deals(scope), period.start(), period.end(), period.start(), period.end(), period.start(), period.end(),
                period.start(), period.end());
        scope.restrict(sql, "o.owner_id").and("o.currency = ?", currency)
                .and("(s.kind = 'WON' and o.closed_at >= ? and o.closed_at < ?) or (" + open + ")",
                        MetricScope.start(period.start()), MetricScope.start(period.end()), period.start(), period.end())
                .append(" group by o.owner_id");
        Map<Long, ForecastRowData> rows = new LinkedHashMap<>();
        for (Object[] r : rows(sql)) {
            ForecastRowData row = new ForecastRowData();
            row.setRepId(Figures.count(r[0]));
            row.setWon(Figures.money(r[1], currency));
            row.setCommit(row.getWon().add(Figures.money(r[2], currency)));
            row.setBestCase(row.getCommit().add(Figures.money(r[3], currency)));
            row.setPipeline(Figures.money(r[4], currency));
            row.setWeighted(Figures.weighted(r[5], currency));
            rows.put(row.getRepId(), row);
        }
        return rows;
    }

    /** Rep id → the sum of their monthly quotas within [from, to). */
    public Map<Long, BigDecimal> quotas(MetricScope scope, java.time.LocalDate from, java.time.LocalDate to, String currency) {
        Sql sql = new Sql("select q.user_id, sum(q.amount) from quota q" + scope.ownerJoin("q.user_id")
                + " where q.month_start >= ? and q.month_start < ?", from, to);
        scope.restrict(sql, "q.user_id").and("q.currency = ?", currency).append(" group by q.user_id");
        Map<Long, BigDecimal> quotas = new LinkedHashMap<>();
        for (Object[] r : rows(sql)) {
            quotas.put(Figures.count(r[0]), Figures.money(r[1], currency));
        }
        return quotas;
    }

    /** Month (yyyy-MM) → the sum of the scope's reps' quotas for it, over the scope's period. */
    public Map<String, BigDecimal> quotasByMonth(MetricScope scope, String currency) {
        String year = "extract(year from q.month_start)";
        String month = "extract(month from q.month_start)";
        Sql sql = new Sql("select " + year + ", " + month + ", sum(q.amount) from quota q" + scope.ownerJoin("q.user_id")
                + " where q.month_start >= ? and q.month_start < ?", scope.filter().getFrom(), scope.filter().getTo());
        scope.restrict(sql, "q.user_id").and("q.currency = ?", currency).append(" group by " + year + ", " + month);
        Map<String, BigDecimal> quotas = new java.util.TreeMap<>();
        rows(sql).forEach(r -> quotas.put(MetricQueries.monthOf(r[0], r[1]), Figures.money(r[2], currency)));
        return quotas;
    }

    /** The reps in scope with a manager's adjustment for the period and currency. */
    public Set<Long> adjustedReps(MetricScope scope, ForecastPeriod period, String currency) {
        Sql sql = new Sql("select a.user_id from forecast_adjustment a" + scope.ownerJoin("a.user_id")
                + " where a.period_kind = ? and a.period_start = ? and a.currency = ?", period.kind().name(), period.start(), currency);
        scope.restrict(sql, "a.user_id");
        Set<Long> reps = new LinkedHashSet<>();
        rows(sql).forEach(r -> reps.add(Figures.count(r[0])));
        return reps;
    }

    /** Rep id → the manager's adjustment of their forecast for a period and currency, where there is one. */
    public Map<Long, ForecastAdjustment> adjustments(Set<Long> reps, ForecastPeriod period, String currency) {
        Map<Long, ForecastAdjustment> byRep = new LinkedHashMap<>();
        if (reps.isEmpty()) {
            return byRep;
        }
        em.createQuery("select a from ForecastAdjustment a where a.rep.id in :reps and a.periodKind = :kind"
                        + " and a.periodStart = :start and a.currency = :currency", ForecastAdjustment.class)
                .setParameter("reps", new ArrayList<>(reps)).setParameter("kind", period.kind()).setParameter("start", period.start())
                .setParameter("currency", currency).getResultStream().forEach(a -> byRep.put(a.getRep().getId(), a));
        return byRep;
    }
}
