package com.acme.crm.forecast.control;

import com.acme.crm.shared.api.Money;
import com.acme.crm.forecast.boundary.AccuracyData;
import com.acme.crm.forecast.boundary.ForecastQueryData;
import com.acme.crm.forecast.boundary.ForecastRowData;
import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.forecast.entity.ForecastAdjustment;
import com.acme.crm.forecast.entity.ForecastSnapshot;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Freezing the forecast and judging it later. A snapshot keeps each rep's figures for the month
 * and the quarter holding the day it is taken (a manager's adjustment replaces the rep's commit
 * and best case, as on the forecast page); once the period is over, the commit of each snapshot
 * is set against what the rep actually won in it, and a team's forecast is the sum of its reps'.
 */
@Dependent
public class ForecastSnapshots {

    @PersistenceContext EntityManager em;
    @Inject ForecastQueries queries;
    @Inject MetricQueries metricQueries;

    /**
     * Freezes the forecast of every rep in scope, per currency. With a week key (the weekly
     * timer), reps already frozen that week are skipped, and a unique key on the week keeps a
     * second instance from freezing them twice. Returns how many snapshots were taken.
     */
    public int take(LocalDate today, Instant now, Function<ForecastPeriod, MetricScope> scopes, ForecastSnapshot.Reason reason,
            String week, String takenBy) {
        int taken = 0;
        for (PeriodKind kind : PeriodKind.values()) {
            ForecastPeriod period = ForecastPeriod.of(kind, today);
            MetricScope scope = scopes.apply(period);
            for (String currency : metricQueries.currencies(scope)) {
                Map<Long, ForecastRowData> rows = queries.byRep(scope, period, currency);
                Map<Long, ForecastAdjustment> adjustments = queries.adjustments(rows.keySet(), period, currency);
                Set<Long> done = week == null ? Set.of() : frozenInWeek(week, period, currency);
                for (ForecastRowData row : rows.values()) {
                    if (done.contains(row.getRepId())) {
                        continue;
                    }
                    ForecastAdjustment adjusted = adjustments.get(row.getRepId());
                    CrmUser rep = em.find(CrmUser.class, row.getRepId());
                    em.persist(new ForecastSnapshot(now, reason, week, takenBy, rep.getId(), rep.getTeamId(), kind, period.start(), currency,
                            row.getWon(), adjusted == null ? row.getCommit() : adjusted.getCommitAmount(),
                            adjusted == null ? row.getBestCase() : adjusted.getBestCase(), row.getPipeline(), row.getWeighted()));
                    taken++;
                }
            }
        }
        return taken;
    }

    private Set<Long> frozenInWeek(String week, ForecastPeriod period, String currency) {
        return new LinkedHashSet<>(em.createQuery("select s.userId from ForecastSnapshot s where s.weekKey = :week"
                        + " and s.periodKind = :kind and s.periodStart = :start and s.currency = :currency", Long.class)
                .setParameter("week", week).setParameter("kind", period.kind()).setParameter("start", period.start())
                .setParameter("currency", currency).getResultList());
    }

    /**
     * The snapshots of the periods of a kind that are over (twelve months before {@code until}),
     * each against what was won: a row per rep the caller may see, and a row per team and taking
     * for the caller's teams (a rep sees their team's total, not their colleagues' rows).
     */
    public List<AccuracyData> accuracy(CallerScope who, ForecastQueryData query, PeriodKind kind, LocalDate until, LocalDate today) {
        List<AccuracyData> result = new ArrayList<>();
        Map<String, Map<Long, BigDecimal>> actuals = new LinkedHashMap<>();
        Map<String, AccuracyData> teams = new LinkedHashMap<>();
        for (ForecastSnapshot s : snapshots(who, kind, until)) {
            ForecastPeriod period = ForecastPeriod.of(kind, s.getPeriodStart());
            boolean ownTeam = s.getTeamId() != null && who.teamIds().contains(s.getTeamId());
            boolean repVisible = who.hasAnyRole(Role.ADMIN) || s.getUserId() == who.userId() || who.hasAnyRole(Role.SALES_MANAGER) && ownTeam;
            if (!period.closedBy(today) || !(repVisible || ownTeam) || !matches(query, s)) {
                continue;
            }
            BigDecimal actual = actuals.computeIfAbsent(period.label() + "/" + s.getCurrency(), k -> wonByRep(period, s.getCurrency()))
                    .getOrDefault(s.getUserId(), Money.zero(s.getCurrency()).amount());
            if (repVisible) {
                result.add(accuracy(period, s, em.find(CrmUser.class, s.getUserId()).getDisplayName(), false, s.getCommitAmount(), actual));
            }
            if (s.getTeamId() != null) {
                AccuracyData team = teams.computeIfAbsent(period.label() + "/" + s.getTakenAt() + "/" + s.getTeamId() + "/" + s.getCurrency(),
                        k -> accuracy(period, s, em.find(Team.class, s.getTeamId()).getName(), true, Money.zero(s.getCurrency()).amount(),
                                Money.zero(s.getCurrency()).amount()));
                team.setForecast(team.getForecast().add(s.getCommitAmount()));
                team.setActual(team.getActual().add(actual));
            }
        }
        teams.values().forEach(t -> t.setAccuracy(Accuracy.of(t.getForecast(), t.getActual())));
        result.addAll(teams.values());
        result.sort(Comparator.comparing(AccuracyData::getPeriod).thenComparing(AccuracyData::getTakenAt)
                .thenComparing(AccuracyData::isTeam).thenComparing(AccuracyData::getName));
        return result;
    }

    /** The year's snapshots that can concern the caller: all for admins, else their own and their teams' (filtered by the database). */
    private List<ForecastSnapshot> snapshots(CallerScope who, PeriodKind kind, LocalDate until) {
        boolean all = who.hasAnyRole(Role.ADMIN);
        String mine = all ? "" : who.teamIds().isEmpty() ? " and s.userId = :me" : " and (s.userId = :me or s.teamId in :teams)";
        TypedQuery<ForecastSnapshot> query = em.createQuery("select s from ForecastSnapshot s where s.periodKind = :kind"
                + " and s.periodStart >= :since and s.periodStart < :until" + mine + " order by s.periodStart, s.takenAt, s.userId",
                ForecastSnapshot.class).setParameter("kind", kind).setParameter("since", until.minusMonths(12)).setParameter("until", until);
        if (!all) {
            query.setParameter("me", who.userId());
            if (!who.teamIds().isEmpty()) {
                query.setParameter("teams", new ArrayList<>(who.teamIds()));
            }
        }
        return query.getResultList();
    }

    private Map<Long, BigDecimal> wonByRep(ForecastPeriod period, String currency) {
        Map<Long, BigDecimal> won = new LinkedHashMap<>();
        queries.byRep(MetricScope.everything(period.start(), period.end()), period, currency).forEach((rep, row) -> won.put(rep, row.getWon()));
        return won;
    }

    private static boolean matches(ForecastQueryData query, ForecastSnapshot s) {
        return (query.getOwnerId() == null || query.getOwnerId() == s.getUserId())
                && (query.getTeamId() == null || query.getTeamId().equals(s.getTeamId()))
                && (query.getCurrency() == null || query.getCurrency().isBlank() || query.getCurrency().equalsIgnoreCase(s.getCurrency()));
    }

    private static AccuracyData accuracy(ForecastPeriod period, ForecastSnapshot s, String name, boolean team, BigDecimal forecast,
            BigDecimal actual) {
        AccuracyData a = new AccuracyData();
        a.setPeriod(period.label());
        a.setTakenAt(s.getTakenAt().toString());
        a.setReason(s.getReason().name());
        a.setName(name);
        a.setTeam(team);
        a.setForecast(forecast);
        a.setActual(actual);
        a.setAccuracy(Accuracy.of(forecast, actual));
        return a;
    }
}
