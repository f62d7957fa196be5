package com.acme.crm.forecast.boundary;

import com.acme.crm.shared.api.Money;
import com.acme.crm.forecast.control.Figures;
import com.acme.crm.forecast.control.ForecastPeriod;
import com.acme.crm.forecast.control.ForecastQueries;
import com.acme.crm.forecast.control.ForecastSnapshots;
import com.acme.crm.forecast.control.MetricQueries;
import com.acme.crm.forecast.control.MetricScope;
import com.acme.crm.forecast.control.RepAccess;
import com.acme.crm.forecast.entity.ForecastAdjustment;
import com.acme.crm.forecast.entity.ForecastSnapshot;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The forecast per month and quarter, per rep and team: won so far, commit, best case,
 * pipeline and weighted pipeline from the deals' forecast categories; managers' adjustments;
 * snapshots (weekly by a persistent timer, and on demand) and, once a period is over, how
 * accurate each snapshot was. Quotas are {@link Quotas}. Visibility as for the metrics.
 */
@Stateless
@PermitAll
public class Forecasts {

    static final Role[] READERS = Metrics.READERS;
    static final Role[] MANAGERS = {Role.SALES_MANAGER, Role.ADMIN};
    private static final Logger LOG = Logger.getLogger(Forecasts.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject ForecastQueries queries;
    @Inject MetricQueries metricQueries;
    @Inject ForecastSnapshots snapshots;
    @Inject RepAccess reps;
    @Inject Clock clock;

    public ForecastData forecast(ForecastQueryData query) {
        CallerScope who = caller.requireAnyRole(READERS);
        ForecastPeriod period = period(query);
        MetricScope scope = scope(who, query, period);
        String currency = currency(query, scope);
        Map<Long, ForecastRowData> rows = queries.byRep(scope, period, currency);
        Map<Long, BigDecimal> quotas = queries.quotas(scope, period.start(), period.end(), currency);
        quotas.keySet().forEach(rep -> rows.computeIfAbsent(rep, id -> emptyRow(id, currency)));
        // a manager may expect a win where the rep has nothing in the period yet
        queries.adjustedReps(scope, period, currency).forEach(rep -> rows.computeIfAbsent(rep, id -> emptyRow(id, currency)));
        Map<Long, ForecastAdjustment> adjustments = queries.adjustments(rows.keySet(), period, currency);
        ForecastRowData total = sumRow("Total", currency);
        Map<String, ForecastRowData> teams = new TreeMap<>();
        for (ForecastRowData row : rows.values()) {
            CrmUser rep = em.find(CrmUser.class, row.getRepId());
            row.setRepName(rep.getDisplayName());
            row.setTeamName(rep.getTeam() == null ? null : rep.getTeam().getName());
            row.setQuota(quotas.get(row.getRepId()));
            row.setAttainment(Figures.percent(row.getWon(), row.getQuota()));
            ForecastAdjustment adjusted = adjustments.get(row.getRepId());
            if (adjusted != null) {
                row.setAdjustedCommit(adjusted.getCommitAmount());
                row.setAdjustedBestCase(adjusted.getBestCase());
                row.setAdjustmentNote(adjusted.getNote());
                row.setAdjustedBy(adjusted.getUpdatedBy());
            }
            row.setForecastCommit(adjusted != null ? adjusted.getCommitAmount() : row.getCommit());
            row.setForecastBestCase(adjusted != null ? adjusted.getBestCase() : row.getBestCase());
            add(total, row);
            add(teams.computeIfAbsent(row.getTeamName() == null ? "(no team)" : row.getTeamName(), name -> sumRow(name, currency)), row);
        }
        total.setAttainment(Figures.percent(total.getWon(), total.getQuota()));
        teams.values().forEach(team -> team.setAttainment(Figures.percent(team.getWon(), team.getQuota())));
        ForecastData data = new ForecastData();
        data.setPeriod(period.label());
        data.setPeriodKind(period.kind());
        data.setFrom(period.start().toString());
        data.setTo(period.end().toString());
        data.setCurrency(currency);
        data.setScope(scope.label());
        data.setCanAdjust(who.hasAnyRole(MANAGERS));
        // a rep sees the team's total, not their colleagues' rows
        data.setRows(new ArrayList<>(rows.values().stream().filter(r -> who.hasAnyRole(MANAGERS) || r.getRepId() == who.userId())
                .sorted(Comparator.comparing(ForecastRowData::getRepName)).toList()));
        data.setTotal(total);
        data.setTeams(new ArrayList<>(teams.values()));
        return data;
    }

    /** A manager's own view of one of their reps' commit and best case for a period; replaces an earlier one. */
    public ForecastRowData adjust(AdjustmentData adjustment) {
        CallerScope who = caller.requireAnyRole(MANAGERS);
        List<FieldError> errors = new ArrayList<>();
        if (adjustment.getCommit() == null || adjustment.getCommit().signum() < 0) {
            errors.add(new FieldError("commit", "must be an amount of 0 or more"));
        }
        if (adjustment.getBestCase() == null || adjustment.getBestCase().signum() < 0) {
            errors.add(new FieldError("bestCase", "must be an amount of 0 or more"));
        } else if (adjustment.getCommit() != null && adjustment.getBestCase().compareTo(adjustment.getCommit()) < 0) {
            errors.add(new FieldError("bestCase", "cannot be less than the commit"));
        }
        if (adjustment.getNote() == null || adjustment.getNote().isBlank()) {
            errors.add(new FieldError("note", "says why the numbers differ from the rep's"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CrmUser rep = reps.managedRep(who, adjustment.getRepId());
        ForecastPeriod period = ForecastPeriod.of(adjustment.getPeriodKind() == null ? PeriodKind.MONTH : adjustment.getPeriodKind(),
                adjustment.getDay() == null ? LocalDate.now(clock) : adjustment.getDay());
        ForecastQueryData query = new ForecastQueryData();
        query.setPeriodKind(period.kind());
        query.setDay(period.start());
        query.setOwnerId(rep.getId());
        query.setCurrency(adjustment.getCurrency());
        String currency = currency(query, scope(who, query, period));
        query.setCurrency(currency);
        ForecastAdjustment existing = queries.adjustments(Set.of(rep.getId()), period, currency).get(rep.getId());
        if (existing == null) {
            existing = new ForecastAdjustment(rep, period.kind(), period.start(), currency);
            em.persist(existing);
        }
        existing.adjust(Money.exactAmount("commit", adjustment.getCommit(), currency),
                Money.exactAmount("bestCase", adjustment.getBestCase(), currency), adjustment.getNote().strip());
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique key on rep, period and currency: a first adjustment saved twice at the same moment
            throw new ConcurrentEditException("Someone else adjusted " + rep.getDisplayName() + "'s forecast for " + period.label()
                    + " at the same moment.");
        }
        return forecast(query).getRows().stream().filter(r -> r.getRepId().equals(rep.getId())).findFirst().orElseThrow();
    }

    /** Managers and admins: freeze this month's and this quarter's forecast of their reps now. */
    public SnapshotResultData takeSnapshot() {
        CallerScope who = caller.requireAnyRole(MANAGERS);
        return snapshot(who, ForecastSnapshot.Reason.ON_DEMAND, null);
    }

    /** Every Monday early: each rep's forecast for this month and quarter, once per week (the week is part of a unique key). */
    @Schedule(dayOfWeek = "Mon", hour = "2", minute = "10", persistent = true, info = "weekly forecast snapshot")
    void weekly() {
        SnapshotResultData result = weeklySnapshot();
        LOG.info(() -> result.getSnapshots() + " forecast snapshot(s) taken");
    }

    /** Admins: the weekly snapshot now (the timer takes it on Mondays); taking it again in the same week adds nothing. */
    public SnapshotResultData takeWeeklySnapshot() {
        caller.requireAnyRole(Role.ADMIN);
        return weeklySnapshot();
    }

    private SnapshotResultData weeklySnapshot() {
        LocalDate today = LocalDate.now(clock);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return snapshot(null, ForecastSnapshot.Reason.WEEKLY, week);
    }

    private SnapshotResultData snapshot(CallerScope who, ForecastSnapshot.Reason reason, String week) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ForecastQueryData everyone = new ForecastQueryData();
        int taken = snapshots.take(LocalDate.now(clock), now,
                period -> who == null ? MetricScope.everything(period.start(), period.end()) : scope(who, everyone, period),
                reason, week, who == null ? "system" : who.username());
        SnapshotResultData result = new SnapshotResultData();
        result.setSnapshots(taken);
        result.setTakenAt(now.toString());
        return result;
    }

    /**
     * For the periods of a kind that are over (in the twelve months before {@code query.day},
     * default today): each snapshot's commit against what was won, per rep and per team.
     */
    public List<AccuracyData> accuracy(ForecastQueryData query) {
        CallerScope who = caller.requireAnyRole(READERS);
        LocalDate today = LocalDate.now(clock);
        PeriodKind kind = query.getPeriodKind() == null ? PeriodKind.MONTH : query.getPeriodKind();
        LocalDate until = query.getDay() == null ? today : query.getDay();
        scope(who, query, ForecastPeriod.of(kind, until)); // refuses a rep or team the caller may not see, as the forecast does
        return snapshots.accuracy(who, query, kind, until, today);
    }

    private ForecastPeriod period(ForecastQueryData query) {
        return ForecastPeriod.of(query.getPeriodKind() == null ? PeriodKind.MONTH : query.getPeriodKind(),
                query.getDay() == null ? LocalDate.now(clock) : query.getDay());
    }

    private MetricScope scope(CallerScope who, ForecastQueryData query, ForecastPeriod period) {
        MetricFilterData filter = new MetricFilterData();
        filter.setFrom(period.start());
        filter.setTo(period.end());
        filter.setTeamId(query.getTeamId());
        filter.setOwnerId(query.getOwnerId());
        return MetricScope.of(who, filter, LocalDate.now(clock), id -> em.find(CrmUser.class, id), id -> em.find(Team.class, id));
    }

    private String currency(ForecastQueryData query, MetricScope scope) {
        return metricQueries.currencyFor(scope, query.getCurrency());
    }

    private static ForecastRowData emptyRow(Long repId, String currency) {
        ForecastRowData row = new ForecastRowData();
        BigDecimal zero = Money.zero(currency).amount();
        row.setRepId(repId);
        row.setWon(zero);
        row.setCommit(zero);
        row.setBestCase(zero);
        row.setPipeline(zero);
        row.setWeighted(zero);
        row.setForecastCommit(zero);
        row.setForecastBestCase(zero);
        return row;
    }

    /** A row that sums others: the total, or a team's. */
    private static ForecastRowData sumRow(String name, String currency) {
        ForecastRowData sum = emptyRow(null, currency);
        sum.setTotal(true);
        sum.setRepName(name);
        sum.setQuota(Money.zero(currency).amount());
        return sum;
    }

    private static void add(ForecastRowData total, ForecastRowData row) {
        total.setWon(total.getWon().add(row.getWon()));
        total.setCommit(total.getCommit().add(row.getCommit()));
        total.setBestCase(total.getBestCase().add(row.getBestCase()));
        total.setPipeline(total.getPipeline().add(row.getPipeline()));
        total.setWeighted(total.getWeighted().add(row.getWeighted()));
        total.setForecastCommit(total.getForecastCommit().add(row.getForecastCommit()));
        total.setForecastBestCase(total.getForecastBestCase().add(row.getForecastBestCase()));
        if (row.getQuota() != null) {
            total.setQuota(total.getQuota().add(row.getQuota()));
        }
    }

}
