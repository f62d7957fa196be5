package com.acme.crm.forecast.control;

import com.acme.crm.shared.api.Currencies;
import com.acme.crm.shared.api.Money;
import com.acme.crm.forecast.boundary.MetricsData;
import com.acme.crm.forecast.boundary.PeriodValueData;
import com.acme.crm.forecast.boundary.RateData;
import com.acme.crm.forecast.boundary.StageTimeData;
import com.acme.crm.pipeline.boundary.StageKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics as aggregate queries: every sum, count and median is computed by the database
 * over the filtered rows, and only the grouped results come back. Each set of rows is read
 * once: the deals closed in the period (twice: for the whole period, with its medians, and by
 * month), the open deals, the stays that ended, the stage entries, the won deals of the
 * retention windows, the leads and the service requests. The owner's team is joined only when
 * a condition reads it. See {@link com.acme.crm.forecast.boundary.Metric} for what each figure means.
 */
@Dependent
public class MetricQueries {

    static final String MEDIAN = "percentile_cont(0.5) within group (order by %s)";
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.44");

    @PersistenceContext
    EntityManager em;

    /** Who runs the SQL: the persistence context, or plain JDBC in the benchmark. */
    Sql.Runner runner;

    /** Deals {@code o} with their stage {@code s} (and owner {@code u} and team {@code t} when the scope needs them). */
    static String deals(MetricScope scope) {
        return " from opportunity o join pipeline_stage s on s.id = o.stage_id" + (scope == null ? "" : scope.ownerJoin("o.owner_id"))
                + " where 1 = 1";
    }

    /** The parts of a dashboard: each reads its own rows, so they may run at the same time. */
    public enum Part { LEADS, CLOSED_DEALS, CLOSED_BY_MONTH, OPEN_DEALS, STAGE_TIMES, STAGE_CONVERSIONS, RETENTION, SERVICE }

    /**
     * A dashboard being computed: the figures, and what the open deals leave for the figures that
     * combine parts (committed amounts per month, deals over their stage's limit).
     */
    public static final class Dashboard {
        final MetricsData m;
        final List<StageInfo> stages;
        volatile Map<String, BigDecimal> committed = Map.of();
        volatile Map<Long, Long> stale = Map.of();
        /** The won deals' total cycle days and how many have one: the velocity takes the mean unrounded. */
        volatile BigDecimal cycleDays;
        volatile long cycles;

        public Dashboard(MetricsData m, List<StageInfo> stages) {
            this.m = m;
            this.stages = stages;
        }

        public MetricsData figures() {
            return m;
        }
    }

    /** Every metric for the scope, in {@code m.getCurrency()}, one part after the other; {@code quotas}: month → quota. */
    public void all(MetricScope scope, MetricsData m, List<StageInfo> stages, Map<String, BigDecimal> quotas) {
        Dashboard dashboard = new Dashboard(m, stages);
        for (Part part : Part.values()) {
            run(part, scope, dashboard);
        }
        combine(scope, dashboard, quotas);
    }

    public void run(Part part, MetricScope scope, Dashboard d) {
        switch (part) {
            case LEADS -> leads(scope, d.m);
            case CLOSED_DEALS -> closedDeals(scope, d);
            case CLOSED_BY_MONTH -> closedByMonth(scope, d.m);
            case OPEN_DEALS -> openDeals(scope, d);
            case STAGE_TIMES -> stageTimes(scope, d.m, d.stages);
            case STAGE_CONVERSIONS -> stageConversions(scope, d.m, d.stages);
            case RETENTION -> retention(scope, d.m);
            case SERVICE -> service(scope, d.m);
        }
    }

    /** What needs several parts: the velocity, forecast vs quota by month, the stages' deals over their limit. */
    public void combine(MetricScope scope, Dashboard d, Map<String, BigDecimal> quotas) {
        MetricsData m = d.m;
        if (m.getWinRate() != null && m.getAverageDealSize() != null && d.cycleDays != null && d.cycleDays.signum() > 0) {
            m.setVelocityPerDay(Figures.velocity(m.getOpenDeals(), m.getWon(), m.getLost(), m.getWonAmount(), m.getWonInCurrency(),
                    d.cycleDays, d.cycles, BigDecimal.ONE, m.getCurrency()));
            m.setVelocityPerMonth(Figures.velocity(m.getOpenDeals(), m.getWon(), m.getLost(), m.getWonAmount(), m.getWonInCurrency(),
                    d.cycleDays, d.cycles, DAYS_PER_MONTH, m.getCurrency()));
        }
        m.setForecastByMonth(forecastByMonth(scope, m, d.committed, quotas));
        Map<String, Long> overLimit = new LinkedHashMap<>();
        d.stages.forEach(stage -> overLimit.put(stage.name(), d.stale.getOrDefault(stage.id(), 0L)));
        m.getStageTimes().forEach(t -> t.setOverLimit(overLimit.getOrDefault(t.getStage(), 0L)));
        m.setStaleDeals(d.stale.values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * Won and lost in the period; the won deals' amount (mean, median: over the won deals in the
     * currency that have an amount) and cycle (mean, median): one pass.
     */
    public void closedDeals(MetricScope scope, Dashboard d) {
        MetricsData m = d.m;
        String won = "s.kind = 'WON'";
        String wonHere = won + " and o.currency = ?";
        Sql sql = scope.deals(new Sql("select sum(case when " + won + " then 1 else 0 end), sum(case when s.kind = 'LOST' then 1 else 0 end),"
                + " count(case when " + wonHere + " then o.amount end), sum(case when " + wonHere + " then o.amount else 0 end), "
                + MEDIAN.formatted("case when " + wonHere + " then o.amount end") + ","
                + " sum(case when " + won + " and o.cycle_days is not null then 1 else 0 end),"
                + " sum(case when " + won + " then o.cycle_days else 0 end), " + MEDIAN.formatted("case when " + won + " then o.cycle_days end")
                + deals(scope), m.getCurrency(), m.getCurrency(), m.getCurrency()))
                .and("o.closed_at >= ? and o.closed_at < ?", scope.from(), scope.to());
        Object[] r = single(sql);
        m.setWon(Figures.count(r[0]));
        m.setLost(Figures.count(r[1]));
        m.setWinRate(Figures.percent(m.getWon(), m.getWon() + m.getLost()));
        m.setWonInCurrency(Figures.count(r[2]));
        m.setWonAmount(Figures.money(r[3], m.getCurrency()));
        m.setAverageDealSize(Figures.meanMoney(Figures.decimal(r[3]), m.getWonInCurrency(), m.getCurrency()));
        m.setMedianDealSize(Figures.moneyOrNull(r[4], m.getCurrency()));
        m.setMeanCycleDays(Figures.mean(Figures.decimal(r[6]), Figures.count(r[5])));
        d.cycleDays = Figures.decimal(r[6]);
        d.cycles = Figures.count(r[5]);
        m.setMedianCycleDays(Figures.scaled(r[7]));
    }

    /** Won and lost deals and won amount per month of closing, for the trend charts. */
    public void closedByMonth(MetricScope scope, MetricsData m) {
        String year = "extract(year from o.closed_at)";
        String month = "extract(month from o.closed_at)";
        Sql sql = scope.deals(new Sql("select " + year + ", " + month + ", sum(case when s.kind = 'WON' then 1 else 0 end),"
                + " sum(case when s.kind = 'LOST' then 1 else 0 end),"
                + " sum(case when s.kind = 'WON' and o.currency = ? then o.amount else 0 end)" + deals(scope), m.getCurrency()))
                .and("o.closed_at >= ? and o.closed_at < ?", scope.from(), scope.to())
                .append(" group by " + year + ", " + month);
        Map<String, PeriodValueData> months = new TreeMap<>();
        for (Object[] row : rows(sql)) {
            PeriodValueData p = new PeriodValueData();
            p.setPeriod(monthOf(row[0], row[1]));
            p.setWon(Figures.count(row[2]));
            p.setLost(Figures.count(row[3]));
            p.setDeals(p.getWon() + p.getLost());
            p.setAmount(Figures.money(row[4], m.getCurrency()));
            p.setWinRate(Figures.percent(p.getWon(), p.getDeals()));
            months.put(p.getPeriod(), p);
        }
        m.setClosedByMonth(new ArrayList<>(months.values()));
    }

    /**
     * The open deals now, in one pass grouped by stage and expected close month: the pipeline by
     * month and by stage, and for {@link #combine} the committed deals per month (forecast vs
     * quota) and, per stage, the deals over its day limit.
     */
    public void openDeals(MetricScope scope, Dashboard d) {
        MetricsData m = d.m;
        String year = "extract(year from o.expected_close_date)";
        String month = "extract(month from o.expected_close_date)";
        String here = "o.currency = ?";
        Sql sql = scope.deals(new Sql("select o.stage_id, " + year + ", " + month + ","
                + " sum(case when " + here + " then 1 else 0 end), sum(case when " + here + " then o.amount else 0 end),"
                + " sum(case when " + here + " then o.amount * o.probability else 0 end),"
                + " sum(case when " + here + " and o.forecast_category = 'COMMIT' then o.amount else 0 end),"
                + " sum(case when o.stale_since is not null then 1 else 0 end)" + deals(scope),
                m.getCurrency(), m.getCurrency(), m.getCurrency(), m.getCurrency()))
                .and("o.closed_at is null and s.kind = 'OPEN'").append(" group by o.stage_id, " + year + ", " + month);
        Map<String, PeriodValueData> byMonth = new TreeMap<>();
        Map<Long, PeriodValueData> byStage = new LinkedHashMap<>();
        Map<String, BigDecimal> committed = new TreeMap<>();
        Map<Long, Long> stale = new LinkedHashMap<>();
        for (Object[] row : rows(sql)) {
            long stage = Figures.count(row[0]);
            String period = row[1] == null ? "" : monthOf(row[1], row[2]);
            long deals = Figures.count(row[3]);
            BigDecimal amount = Figures.money(row[4], m.getCurrency());
            BigDecimal weighted = Figures.weighted(row[5], m.getCurrency());
            stale.merge(stage, Figures.count(row[7]), Long::sum);
            if (deals > 0) {
                add(byMonth.computeIfAbsent(period, k -> bucket(k, m.getCurrency())), deals, amount, weighted);
                add(byStage.computeIfAbsent(stage, s -> bucket(null, m.getCurrency())), deals, amount, weighted);
                committed.merge(period, Figures.money(row[6], m.getCurrency()), BigDecimal::add);
            }
        }
        List<PeriodValueData> stageRows = new ArrayList<>();
        for (StageInfo stage : d.stages) {
            if (!stage.closed()) {
                PeriodValueData p = byStage.getOrDefault(stage.id(), bucket(null, m.getCurrency()));
                p.setPeriod(stage.name());
                stageRows.add(p);
            }
        }
        m.setPipelineByStage(stageRows);
        m.setPipelineByMonth(new ArrayList<>(byMonth.values()));
        m.setOpenDeals(byMonth.values().stream().mapToLong(PeriodValueData::getDeals).sum());
        m.setPipelineValue(byMonth.values().stream().map(PeriodValueData::getAmount).reduce(Money.zero(m.getCurrency()).amount(), BigDecimal::add));
        m.setWeightedPipeline(byMonth.values().stream().map(PeriodValueData::getWeighted).reduce(Money.zero(m.getCurrency()).amount(), BigDecimal::add));
        d.committed = committed;
        d.stale = stale;
    }

    /** Per month of the period: won, won plus the open commit deals expected that month, and the quota. */
    static List<PeriodValueData> forecastByMonth(MetricScope scope, MetricsData m, Map<String, BigDecimal> committed,
            Map<String, BigDecimal> quotas) {
        List<PeriodValueData> months = new ArrayList<>();
        Map<String, BigDecimal> won = new LinkedHashMap<>();
        m.getClosedByMonth().forEach(p -> won.put(p.getPeriod(), p.getAmount()));
        for (LocalDate month = scope.filter().getFrom().withDayOfMonth(1); month.isBefore(scope.filter().getTo());
                month = month.plusMonths(1)) {
            String key = monthOf(month.getYear(), month.getMonthValue());
            BigDecimal wonThen = won.getOrDefault(key, Money.zero(m.getCurrency()).amount());
            BigDecimal commit = committed.getOrDefault(key, Money.zero(m.getCurrency()).amount());
            if (wonThen.signum() == 0 && commit.signum() == 0 && !quotas.containsKey(key)) {
                continue;
            }
            PeriodValueData p = bucket(key, m.getCurrency());
            p.setAmount(wonThen);
            p.setCommit(wonThen.add(commit));
            p.setQuota(quotas.get(key));
            months.add(p);
        }
        return months;
    }

    /** Median and mean days per stage over stays ended in the period (the deals over the limit come with {@link #combine}). */
    public void stageTimes(MetricScope scope, MetricsData m, List<StageInfo> stages) {
        Sql stays = new Sql("select m.to_stage_id, count(m.stage_days), sum(m.stage_days), " + MEDIAN.formatted("m.stage_days")
                + " from stage_move m" + (scope.needsDeal() ? " join opportunity o on o.id = m.opportunity_id" + scope.ownerJoin("o.owner_id") : "")
                + " where m.stage_days is not null");
        if (scope.needsDeal()) {
            scope.deals(stays);
        }
        stays.and("m.left_at >= ? and m.left_at < ?", scope.from(), scope.to()).append(" group by m.to_stage_id");
        Map<Long, Object[]> byStage = new LinkedHashMap<>();
        rows(stays).forEach(row -> byStage.put(Figures.count(row[0]), row));
        List<StageTimeData> times = new ArrayList<>();
        for (StageInfo stage : stages) {
            if (stage.closed()) {
                continue;
            }
            Object[] row = byStage.get(stage.id());
            StageTimeData t = new StageTimeData();
            t.setStage(stage.name());
            t.setMaxDays(stage.maxDays());
            t.setStays(row == null ? 0 : Figures.count(row[1]));
            t.setMeanDays(row == null ? null : Figures.mean(Figures.decimal(row[2]), t.getStays()));
            t.setMedianDays(row == null ? null : Figures.scaled(row[3]));
            times.add(t);
        }
        m.setStageTimes(times);
    }

    /**
     * For each stage and the next (lost stages aside): of the deals that entered the first in the
     * period, how many have reached the next one or a stage after it (the deal keeps the furthest
     * position it reached, so this needs no look back through its history). A deal that entered a
     * stage twice (moved back, or reopened) counts once.
     */
    public void stageConversions(MetricScope scope, MetricsData m, List<StageInfo> stages) {
        Sql sql = scope.deals(new Sql("select a.to_stage_id, o.furthest_position, count(*) from stage_move a"
                + " join opportunity o on o.id = a.opportunity_id" + scope.ownerJoin("o.owner_id") + " where 1 = 1"))
                .and("a.moved_at >= ? and a.moved_at < ?", scope.from(), scope.to())
                // a deal's first entry into the stage in the period only
                .and("a.previous_entry_at is null or a.previous_entry_at < ?", scope.from())
                .append(" group by a.to_stage_id, o.furthest_position");
        Map<Long, Map<Integer, Long>> reachedFrom = new LinkedHashMap<>();
        for (Object[] row : rows(sql)) {
            reachedFrom.computeIfAbsent(Figures.count(row[0]), k -> new TreeMap<>())
                    .merge(row[1] == null ? -1 : (int) Figures.count(row[1]), Figures.count(row[2]), Long::sum);
        }
        List<StageInfo> path = stages.stream().filter(s -> s.kind() != StageKind.LOST).toList();
        List<RateData> conversions = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            StageInfo a = path.get(i);
            StageInfo b = path.get(i + 1);
            Map<Integer, Long> furthest = reachedFrom.getOrDefault(a.id(), Map.of());
            long entered = furthest.values().stream().mapToLong(Long::longValue).sum();
            long reached = furthest.entrySet().stream().filter(e -> e.getKey() >= b.position()).mapToLong(Map.Entry::getValue).sum();
            RateData c = new RateData();
            c.setLabel(a.name() + " → " + b.name());
            c.setStarted(entered);
            c.setConverted(reached);
            c.setRate(Figures.percent(reached, entered));
            conversions.add(c);
        }
        m.setStageConversions(conversions);
    }

    public void leads(MetricScope scope, MetricsData m) {
        Sql sql = scope.restrict(new Sql("select l.source, count(*), sum(case when l.status = 'CONVERTED' then 1 else 0 end)"
                + " from sales_lead l" + scope.ownerJoin("l.owner_id") + " where 1 = 1"), "l.owner_id")
                .and("l.created_at >= ? and l.created_at < ?", scope.from(), scope.to());
        if (scope.filter().getLeadSource() != null && !scope.filter().getLeadSource().isBlank()) {
            sql.and("l.source = ?", scope.filter().getLeadSource());
        }
        sql.append(" group by l.source order by l.source");
        List<RateData> sources = new ArrayList<>();
        for (Object[] row : rows(sql)) {
            RateData c = new RateData();
            c.setLabel(String.valueOf(row[0]));
            c.setStarted(Figures.count(row[1]));
            c.setConverted(Figures.count(row[2]));
            c.setRate(Figures.percent(c.getConverted(), c.getStarted()));
            sources.add(c);
        }
        m.setLeadSources(sources);
        m.setLeadsCreated(sources.stream().mapToLong(RateData::getStarted).sum());
        m.setLeadsConverted(sources.stream().mapToLong(RateData::getConverted).sum());
        m.setLeadConversionRate(Figures.percent(m.getLeadsConverted(), m.getLeadsCreated()));
    }

    /**
     * Customers (accounts with a deal won in the 365 days before a date) at the start and at the
     * end; new ones are customers at the end whose first win ever (kept on the account) falls in
     * the period: one pass over the won deals of both windows.
     */
    public void retention(MetricScope scope, MetricsData m) {
        java.time.Instant startWindow = scope.from().minus(365, ChronoUnit.DAYS);
        java.time.Instant endWindow = scope.to().minus(365, ChronoUnit.DAYS);
        Sql sql = scope.deals(new Sql("select count(distinct case when o.closed_at < ? then o.account_id end),"
                + " count(distinct case when o.closed_at >= ? then o.account_id end),"
                + " count(distinct case when o.closed_at >= ? and a.first_won_at >= ? then o.account_id end)"
                + " from opportunity o join pipeline_stage s on s.id = o.stage_id join account a on a.id = o.account_id"
                + scope.ownerJoin("o.owner_id") + " where s.kind = 'WON'", scope.from(), endWindow, endWindow, scope.from()))
                .and("o.closed_at >= ? and o.closed_at < ?", startWindow.isBefore(endWindow) ? startWindow : endWindow, scope.to());
        Object[] r = single(sql);
        m.setCustomersAtStart(Figures.count(r[0]));
        m.setCustomersAtEnd(Figures.count(r[1]));
        m.setNewCustomers(Figures.count(r[2]));
        m.setRetentionRate(m.getCustomersAtStart() == 0 ? null
                : Figures.percent(m.getCustomersAtEnd() - m.getNewCustomers(), m.getCustomersAtStart()));
    }

    /** Requests of the accounts in scope (owner {@code u} of the account). */
    public void service(MetricScope scope, MetricsData m) {
        String from = " from service_request r" + (scope.needsDeal() ? " join account a on a.id = r.account_id" + scope.ownerJoin("a.owner_id") : "")
                + " where 1 = 1";
        Sql resolved = scope.restrict(new Sql("select count(*), sum(case when r.resolution_breached_at is null then 1 else 0 end),"
                + " sum(r.resolution_minutes), count(r.resolution_minutes), sum(r.satisfaction), count(r.satisfaction)" + from), "a.owner_id")
                .and("r.resolved_at >= ? and r.resolved_at < ?", scope.from(), scope.to());
        Sql opened = scope.restrict(new Sql("select sum(r.response_minutes), count(r.response_minutes),"
                + " sum(case when r.response_breached_at is not null or r.resolution_breached_at is not null then 1 else 0 end)" + from),
                "a.owner_id").and("r.opened_at >= ? and r.opened_at < ?", scope.from(), scope.to());
        if (scope.filter().getProductId() != null) {
            resolved.and("r.product_id = ?", scope.filter().getProductId());
            opened.and("r.product_id = ?", scope.filter().getProductId());
        }
        Object[] r = single(resolved);
        m.setResolvedRequests(Figures.count(r[0]));
        m.setSlaCompliance(Figures.percent(Figures.count(r[1]), m.getResolvedRequests()));
        m.setMeanResolutionMinutes(Figures.mean(Figures.decimal(r[2]), Figures.count(r[3])));
        m.setSatisfaction(Figures.mean(Figures.decimal(r[4]), Figures.count(r[5])));
        Object[] o = single(opened);
        m.setMeanResponseMinutes(Figures.mean(Figures.decimal(o[0]), Figures.count(o[1])));
        m.setSlaBreaches(Figures.count(o[2]));
    }

    /** The currencies deals are in, most used first: the first is the default for amounts. */
    public List<String> currencies(MetricScope scope) {
        Sql sql = new Sql("select o.currency, count(*)" + deals(scope) + " and o.currency is not null");
        List<Object[]> rows = rows((scope == null ? sql : scope.deals(sql)).append(" group by o.currency order by count(*) desc, o.currency"));
        return rows.stream().map(r -> (String) r[0]).toList();
    }

    /**
     * The currency asked for, or else the one most deals in scope opened or closed in the period
     * are in (amounts are never added across currencies). Counting the period's deals, not all,
     * keeps an imported history of other years from changing today's default.
     */
    public String currencyFor(MetricScope scope, String requested) {
        if (requested != null && !requested.isBlank()) {
            return Currencies.require("currency", requested);
        }
        Sql sql = new Sql("select o.currency, count(*)" + deals(scope) + " and o.currency is not null");
        sql = scope.deals(sql).and("(o.closed_at >= ? and o.closed_at < ? or o.opened_at >= ? and o.opened_at < ?)",
                scope.from(), scope.to(), scope.from(), scope.to());
        List<Object[]> rows = rows(sql.append(" group by o.currency order by count(*) desc, o.currency"));
        return rows.stream().map(r -> (String) r[0]).findFirst()
                .orElseGet(() -> currencies(scope).stream().findFirst().orElse(Currencies.DEFAULT));
    }

    static String monthOf(Object year, Object month) {
        return String.format("%04d-%02d", Figures.count(year), Figures.count(month));
    }

    private static PeriodValueData bucket(String period, String currency) {
        PeriodValueData p = new PeriodValueData();
        p.setPeriod(period);
        p.setAmount(Money.zero(currency).amount());
        p.setWeighted(Money.zero(currency).amount());
        return p;
    }

    private static void add(PeriodValueData p, long deals, BigDecimal amount, BigDecimal weighted) {
        p.setDeals(p.getDeals() + deals);
        p.setAmount(p.getAmount().add(amount));
        p.setWeighted(p.getWeighted().add(weighted));
    }

    List<Object[]> rows(Sql sql) {
        if (runner == null) {
            runner = Sql.runner(em);
        }
        return runner.rows(sql);
    }

    private Object[] single(Sql sql) {
        return rows(sql).get(0);
    }
}
