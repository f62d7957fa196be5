package com.acme.crm.forecast.control;

import com.acme.crm.forecast.boundary.MetricFilterData;
import com.acme.crm.forecast.boundary.MetricsData;
import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.shared.entity.InstantConverter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * How fast the dashboards are at scale: a fresh database (H2 under target/, or the one
 * {@code BENCH_DB_URL}/{@code BENCH_DB_USER}/{@code BENCH_DB_PASSWORD} name, e.g. PostgreSQL, which
 * it empties first) gets the schema and {@code benchmark.deals} (default 1,000,000) generated
 * opportunities with their stage history; then each dashboard's queries (the production SQL of
 * {@link MetricQueries} and {@link ForecastQueries}, run over JDBC) are timed: once cold, then
 * five times. It prints the figures and asserts nothing about time.
 *
 * <pre>mvn -Pbenchmark -pl crm-ejb verify -Dit.test=MetricsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 */
class MetricsBenchmark {

    /** One way of computing a dashboard. */
    interface Dashboards {
        MetricsData of(MetricScope scope);
    }

    static final int DEALS = Integer.getInteger("benchmark.deals", 1_000_000);
    static final int REPS = 60;
    static final int TEAMS = 6;
    static final int ACCOUNTS = 5_000;
    static final int PRODUCTS = 7;
    static final int BATCH = 5_000;
    static final Instant NOW = LocalDate.of(2026, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    static final String[] SOURCES = {"WEB", "REFERRAL", "EVENT", "PARTNER", "COLD_CALL", "CAMPAIGN", "EMAIL", "PHONE", null};
    static final String[] CATEGORIES = {"PIPELINE", "BEST_CASE", "COMMIT", "OMITTED"};

    @Test
    void dashboardsAtScale() throws Exception {
        String url = System.getenv().getOrDefault("BENCH_DB_URL", "jdbc:h2:file:./target/benchmark/crm-" + System.currentTimeMillis());
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "crm");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "crm");
        Map<String, String> placeholders = Map.of("clob", url.startsWith("jdbc:postgresql") ? "text" : "clob");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").placeholders(placeholders)
                .cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").placeholders(placeholders).load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            long started = System.nanoTime();
            generate(db);
            System.out.printf("%nGenerated %,d deals with their stage history on %s in %.1f s%n", DEALS,
                    db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion(),
                    (System.nanoTime() - started) / 1e9);
            db.setAutoCommit(true);
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze");
            }
            List<Connection> more = new ArrayList<>();
            for (int i = 0; i < MetricQueries.Part.values().length; i++) {
                more.add(DriverManager.getConnection(url, user, password));
            }
            try {
                measure(db, more);
            } finally {
                for (Connection c : more) {
                    c.close();
                }
            }
        }
    }

    private void measure(Connection db, List<Connection> more) throws SQLException {
        MetricQueries metrics = new MetricQueries();
        metrics.runner = jdbc(db);
        ForecastQueries forecasts = new ForecastQueries();
        forecasts.runner = metrics.runner;
        List<MetricQueries> workers = new ArrayList<>();
        for (Connection c : more) {
            MetricQueries worker = new MetricQueries();
            worker.runner = jdbc(c);
            workers.add(worker);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        List<StageInfo> stages = stages(db);
        // as the server runs them: the parts of a dashboard at the same time, each on its own connection
        Dashboards parallel = scope -> {
            MetricsData m = new MetricsData();
            m.setCurrency("EUR");
            Map<String, BigDecimal> quotas = forecasts.quotasByMonth(scope, "EUR");
            MetricQueries.Dashboard dashboard = new MetricQueries.Dashboard(m, stages);
            MetricQueries.Part[] parts = MetricQueries.Part.values();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                MetricQueries worker = workers.get(i);
                MetricQueries.Part part = parts[i];
                running.add(pool.submit(() -> worker.run(part, scope, dashboard)));
            }
            for (Future<?> part : running) {
                try {
                    part.get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            metrics.combine(scope, dashboard, quotas);
            return m;
        };
        Dashboards sequential = scope -> dashboard(metrics, forecasts, stages, scope);
        Map<String, Dashboards> ways = new java.util.LinkedHashMap<>();
        ways.put("parts at the same time (as the server runs them)", parallel);
        ways.put("one part after the other", sequential);
        for (Map.Entry<String, Dashboards> way : ways.entrySet()) {
            System.out.printf("%n%-58s %9s %9s %9s%n", "dashboard, " + way.getKey(), "cold ms", "median ms", "max ms");
            Dashboards run = way.getValue();
            time("manager dashboard: one team, a year", () -> run.of(year(f -> f.setTeamId(1L))));
            time("admin dashboard: all teams, a year", () -> run.of(year(f -> { })));
            time("admin dashboard: region + product + lead source, a year", () -> run.of(year(f -> {
                f.setRegion("North");
                f.setProductId(3L);
                f.setLeadSource("WEB");
            })));
            time("rep home: one rep, a quarter", () -> run.of(scope(f -> {
                f.setOwnerId(101L);
                f.setFrom(LocalDate.of(2026, 4, 1));
                f.setTo(LocalDate.of(2026, 7, 1));
            })));
        }
        pool.shutdown();
        time("forecast: all teams, a quarter, per rep", () -> {
            ForecastPeriod quarter = ForecastPeriod.of(PeriodKind.QUARTER, LocalDate.of(2026, 7, 1));
            MetricScope scope = MetricScope.everything(quarter.start(), quarter.end());
            forecasts.byRep(scope, quarter, "EUR");
            forecasts.quotas(scope, quarter.start(), quarter.end(), "EUR");
        });
        // where the time of the largest dashboard goes, query by query
        MetricScope all = year(f -> { });
        MetricsData parts = new MetricsData();
        parts.setCurrency("EUR");
        System.out.printf("%nadmin dashboard, a year, query by query:%n");
        part("leads", () -> metrics.leads(all, parts));
        part("closed deals (win rate, deal size, cycle)", () -> metrics.closedDeals(all, new MetricQueries.Dashboard(parts, List.of())));
        part("closed by month", () -> metrics.closedByMonth(all, parts));
        part("quotas by month", () -> forecasts.quotasByMonth(all, "EUR"));
        part("open deals (pipeline by month and stage, velocity, over limit)",
                () -> metrics.openDeals(all, new MetricQueries.Dashboard(parts, stages)));
        part("time in stage", () -> metrics.stageTimes(all, parts, stages));
        part("stage conversion", () -> metrics.stageConversions(all, parts, stages));
        part("retention", () -> metrics.retention(all, parts));
        part("service", () -> metrics.service(all, parts));
        MetricsData sample = dashboard(metrics, forecasts, stages, year(f -> { }));
        System.out.printf("%nSample figures (all teams, 2025, EUR): %,d won, %,d lost, win rate %s %%, average deal %s,"
                + " median cycle %s days, open pipeline %s (%,d deals)%n%n", sample.getWon(), sample.getLost(), sample.getWinRate(),
                sample.getAverageDealSize(), sample.getMedianCycleDays(), sample.getPipelineValue(), sample.getOpenDeals());
    }

    private static MetricsData dashboard(MetricQueries metrics, ForecastQueries forecasts, List<StageInfo> stages, MetricScope scope) {
        MetricsData m = new MetricsData();
        m.setCurrency("EUR");
        metrics.all(scope, m, stages, forecasts.quotasByMonth(scope, "EUR"));
        return m;
    }

    private static void time(String name, Runnable dashboard) {
        long cold = nanos(dashboard);
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = nanos(dashboard);
        }
        Arrays.sort(runs);
        System.out.printf("%-58s %9d %9d %9d%n", name, cold / 1_000_000, runs[2] / 1_000_000, runs[4] / 1_000_000);
    }

    private static void part(String name, Runnable query) {
        long first = nanos(query);
        System.out.printf("  %-56s %9d ms %9d ms%n", name, first / 1_000_000, nanos(query) / 1_000_000);
    }

    private static long nanos(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static MetricScope year(Consumer<MetricFilterData> filter) {
        return scope(f -> {
            f.setFrom(LocalDate.of(2025, 1, 1));
            f.setTo(LocalDate.of(2026, 1, 1));
            filter.accept(f);
        });
    }

    private static MetricScope scope(Consumer<MetricFilterData> filter) {
        MetricFilterData f = new MetricFilterData();
        filter.accept(f);
        return new MetricScope(f, MetricScope.start(f.getFrom()), MetricScope.start(f.getTo()), "benchmark", null, null);
    }

    private static Sql.Runner jdbc(Connection db) {
        return sql -> {
            try (PreparedStatement statement = db.prepareStatement(sql.text().replaceAll("\\?\\d+", "?"))) {
                List<Object> params = sql.params();
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = result.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(sql.text(), e);
            }
        };
    }

    private static List<StageInfo> stages(Connection db) throws SQLException {
        List<StageInfo> stages = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select id, name, position, kind, max_days from pipeline_stage where active = true order by position")) {
            while (r.next()) {
                stages.add(new StageInfo(r.getLong(1), r.getString(2), r.getInt(3), StageKind.valueOf(r.getString(4)),
                        (Integer) r.getObject(5)));
            }
        }
        return stages;
    }

    /** Teams 1–6 in three regions, reps 101–160 with monthly quotas, accounts, products 1–7, then the deals in batches. */
    private static void generate(Connection db) throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = InstantConverter.utc(NOW);
        String audit = ", 1, ?, 'bench', ?, 'bench')";
        try (PreparedStatement team = db.prepareStatement("insert into team (id, name, region, version, created_at, created_by, updated_at,"
                + " updated_by) values (?, ?, ?" + audit);
             PreparedStatement rep = db.prepareStatement("insert into crm_user (id, username, display_name, password_hash, active,"
                     + " team_id, version, created_at, created_by, updated_at, updated_by) values (?, ?, ?, 'x', true, ?" + audit);
             PreparedStatement role = db.prepareStatement("insert into crm_user_role (user_id, role) values (?, 'SALES_REP')");
             PreparedStatement quota = db.prepareStatement("insert into quota (id, user_id, month_start, amount, currency, version,"
                     + " created_at, created_by, updated_at, updated_by) values (?, ?, ?, 100000, 'EUR'" + audit);
             PreparedStatement product = db.prepareStatement("insert into product (id, code, name, unit, active, version, created_at,"
                     + " created_by, updated_at, updated_by) values (?, ?, ?, 'unit', true" + audit);
             PreparedStatement account = db.prepareStatement("insert into account (id, name, normalized_name, owner_id, version,"
                     + " created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?" + audit)) {
            String[] regions = {"North", "South", "West"};
            for (int t = 1; t <= TEAMS; t++) {
                team.setLong(1, t);
                team.setString(2, "Bench team " + t);
                team.setString(3, regions[(t - 1) % regions.length]);
                team.setTimestamp(4, now);
                team.setTimestamp(5, now);
                team.addBatch();
            }
            team.executeBatch();
            int quotaId = 1;
            for (int r = 101; r < 101 + REPS; r++) {
                rep.setLong(1, r);
                rep.setString(2, "bench" + r);
                rep.setString(3, "Bench rep " + r);
                rep.setLong(4, 1 + (r - 101) % TEAMS);
                rep.setTimestamp(5, now);
                rep.setTimestamp(6, now);
                rep.addBatch();
                role.setLong(1, r);
                role.addBatch();
                for (LocalDate month = LocalDate.of(2024, 1, 1); month.isBefore(LocalDate.of(2027, 1, 1)); month = month.plusMonths(1)) {
                    quota.setLong(1, quotaId++);
                    quota.setLong(2, r);
                    quota.setObject(3, java.sql.Date.valueOf(month));
                    quota.setTimestamp(4, now);
                    quota.setTimestamp(5, now);
                    quota.addBatch();
                }
            }
            rep.executeBatch();
            role.executeBatch();
            quota.executeBatch();
            for (int p = 1; p <= PRODUCTS; p++) {
                product.setLong(1, p);
                product.setString(2, "BENCH-" + p);
                product.setString(3, "Bench product " + p);
                product.setTimestamp(4, now);
                product.setTimestamp(5, now);
                product.addBatch();
            }
            product.executeBatch();
            for (int a = 1; a <= ACCOUNTS; a++) {
                account.setLong(1, a);
                account.setString(2, "Bench account " + a);
                account.setString(3, "bench account " + a);
                account.setLong(4, 101 + a % REPS);
                account.setTimestamp(5, now);
                account.setTimestamp(6, now);
                account.addBatch();
            }
            account.executeBatch();
            db.commit();
        }
        generateDeals(db, stages(db));
    }

    /** Deals started 2024-01 to 2026-06; most older than two months are closed (58 % won), the rest open in a random stage. */
    private static void generateDeals(Connection db, List<StageInfo> stages) throws SQLException {
        List<StageInfo> open = stages.stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        StageInfo won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        StageInfo lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
        int[] probability = {10, 20, 40, 60, 80};
        Random random = new Random(42);
        Timestamp now = InstantConverter.utc(NOW);
        long moveId = 1;
        try (PreparedStatement deal = db.prepareStatement("insert into opportunity (id, name, account_id, owner_id, amount, currency,"
                + " expected_close_date, probability, stage_id, stage_entered_at, opened_at, closed_at, cycle_days, product_id,"
                + " lead_source, forecast_category, stale_since, furthest_position, budget_confirmed, version, created_at, created_by,"
                + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 1, ?, 'bench', ?, 'bench')");
             PreparedStatement move = db.prepareStatement("insert into stage_move (id, opportunity_id, from_stage_id, to_stage_id,"
                     + " moved_at, moved_by, amount, currency, probability, backwards, left_at, stage_days)"
                     + " values (?, ?, ?, ?, ?, 'bench', ?, ?, ?, false, ?, ?)")) {
            for (int id = 1; id <= DEALS; id++) {
                Instant opened = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(912)).atStartOfDay().toInstant(ZoneOffset.UTC);
                BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(49_500));
                boolean closed = opened.plus(60, ChronoUnit.DAYS).isBefore(NOW) && random.nextInt(100) < 85;
                boolean isWon = random.nextInt(100) < 58;
                Instant closedAt = closed ? min(opened.plus(5 + random.nextInt(115), ChronoUnit.DAYS), NOW) : null;
                StageInfo stage = closed ? (isWon ? won : lost) : open.get(random.nextInt(open.size()));
                Instant entered = closed ? closedAt : min(opened.plus(random.nextInt(40), ChronoUnit.DAYS), NOW);
                deal.setLong(1, id);
                deal.setString(2, "Bench deal " + id);
                deal.setLong(3, 1 + random.nextInt(ACCOUNTS));
                deal.setLong(4, 101 + random.nextInt(REPS));
                deal.setBigDecimal(5, amount);
                deal.setString(6, random.nextInt(10) == 0 ? "USD" : "EUR");
                deal.setObject(7, java.sql.Date.valueOf(LocalDate.ofInstant(opened.plus(30 + random.nextInt(120), ChronoUnit.DAYS),
                        ZoneOffset.UTC)));
                deal.setInt(8, closed ? (isWon ? 100 : 0) : probability[Math.min(open.indexOf(stage), probability.length - 1)]);
                deal.setLong(9, stage.id());
                deal.setTimestamp(10, InstantConverter.utc(entered));
                deal.setTimestamp(11, InstantConverter.utc(opened));
                deal.setTimestamp(12, closed ? InstantConverter.utc(closedAt) : null);
                deal.setObject(13, closed ? (int) ChronoUnit.DAYS.between(opened, closedAt) : null);
                deal.setLong(14, 1 + random.nextInt(PRODUCTS));
                deal.setString(15, SOURCES[random.nextInt(SOURCES.length)]);
                deal.setString(16, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                deal.setTimestamp(17, !closed && entered.plus(30, ChronoUnit.DAYS).isBefore(NOW) ? now : null);
                deal.setInt(18, closed ? (isWon ? won.position() : open.get(1).position()) : stage.position());
                deal.setTimestamp(19, now);
                deal.setTimestamp(20, now);
                deal.addBatch();
                // the stage history: into an open stage when it started, then (for a closed deal) into won or lost
                StageInfo first = closed ? open.get(1) : stage;
                addMove(move, moveId++, id, null, first, opened, amount, closed ? closedAt : null);
                if (closed) {
                    addMove(move, moveId++, id, first, stage, closedAt, amount, null);
                }
                if (id % BATCH == 0 || id == DEALS) {
                    deal.executeBatch();
                    move.executeBatch();
                    db.commit();
                }
            }
        }
        try (Statement customers = db.createStatement()) {
            customers.executeUpdate("update account set first_won_at = " + com.acme.crm.account.control.CustomerSince.EARLIEST_WIN);
            db.commit();
        }
    }

    private static void addMove(PreparedStatement move, long id, long deal, StageInfo from, StageInfo to, Instant at, BigDecimal amount,
            Instant left) throws SQLException {
        move.setLong(1, id);
        move.setLong(2, deal);
        move.setObject(3, from == null ? null : from.id());
        move.setLong(4, to.id());
        move.setTimestamp(5, InstantConverter.utc(at));
        move.setBigDecimal(6, amount);
        move.setString(7, "EUR");
        move.setInt(8, 10);
        move.setTimestamp(9, left == null ? null : InstantConverter.utc(left));
        move.setObject(10, left == null ? null : (int) ChronoUnit.DAYS.between(at, left));
        move.addBatch();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
