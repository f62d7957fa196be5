package com.acme.crm.forecast.boundary;

import com.acme.crm.forecast.control.Accuracy;
import com.acme.crm.forecast.control.ForecastPeriod;
import com.acme.crm.forecast.control.ForecastQueries;
import com.acme.crm.forecast.control.MetricQueries;
import com.acme.crm.forecast.control.MetricScope;
import com.acme.crm.forecast.entity.ForecastAdjustment;
import com.acme.crm.forecast.entity.ForecastSnapshot;
import com.acme.crm.forecast.entity.Quota;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The forecast per month and quarter, per rep and team: won so far, commit, best case,
 * pipeline and weighted pipeline from the deals' forecast categories; managers' adjustments;
 * quotas; snapshots (weekly by a persistent timer, and on demand) and, once a period is over,
 * how accurate each snapshot was. Visibility as for the metrics.
 */
@Stateless
@PermitAll
public class Forecasts {

    static final Role[] READERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};
    static final Role[] MANAGERS = {Role.SALES_MANAGER, Role.ADMIN};
    private static final Logger LOG = Logger.getLogger(Forecasts.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject ForecastQueries queries;
    @Inject MetricQueries metricQueries;
    @Inject Clock clock;

    public ForecastData forecast(ForecastQueryData query) {
        CallerScope who = caller.requireAnyRole(READERS);
        ForecastPeriod period = period(query);
        MetricScope scope = scope(who, query, period);
        String currency = currency(query, scope);
        Map<Long, ForecastRowData> rows = queries.byRep(scope, period, currency);
        Map<Long, BigDecimal> quotas = queries.quotas(scope, period.start(), period.end(), currency);
        quotas.keySet().forEach(rep -> rows.computeIfAbsent(rep, Forecasts::emptyRow));
        Map<Long, ForecastAdjustment> adjustments = adjustments(rows.keySet(), period, currency);
        ForecastRowData total = emptyRow(null);
        total.setTotal(true);
        total.setRepName("Total");
        total.setQuota(BigDecimal.ZERO.setScale(2));
        for (ForecastRowData row : rows.values()) {
            CrmUser rep = em.find(CrmUser.class, row.getRepId());
            row.setRepName(rep.getDisplayName());
            row.setTeamName(rep.getTeam() == null ? null : rep.getTeam().getName());
            row.setQuota(quotas.get(row.getRepId()));
            row.setAttainment(percent(row.getWon(), row.getQuota()));
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
        }
        total.setAttainment(percent(total.getWon(), total.getQuota()));
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
        CrmUser rep = managedRep(who, adjustment.getRepId());
        ForecastPeriod period = ForecastPeriod.of(adjustment.getPeriodKind() == null ? PeriodKind.MONTH : adjustment.getPeriodKind(),
                adjustment.getDay() == null ? LocalDate.now(clock) : adjustment.getDay());
        String currency = adjustment.getCurrency() == null || adjustment.getCurrency().isBlank() ? "EUR"
                : adjustment.getCurrency().strip().toUpperCase();
        ForecastAdjustment existing = adjustments(Set.of(rep.getId()), period, currency).get(rep.getId());
        if (existing == null) {
            existing = new ForecastAdjustment(rep, period.kind(), period.start(), currency);
            em.persist(existing);
        }
        existing.adjust(adjustment.getCommit().setScale(2, RoundingMode.HALF_UP),
                adjustment.getBestCase().setScale(2, RoundingMode.HALF_UP), adjustment.getNote().strip());
        ForecastQueryData query = new ForecastQueryData();
        query.setPeriodKind(period.kind());
        query.setDay(period.start());
        query.setOwnerId(rep.getId());
        query.setCurrency(currency);
        em.flush();
        return forecast(query).getRows().stream().filter(r -> r.getRepId().equals(rep.getId())).findFirst().orElseThrow();
    }

    /** Managers and admins: freeze this month's and this quarter's forecast of their reps now. */
    public SnapshotResultData takeSnapshot() {
        CallerScope who = caller.requireAnyRole(MANAGERS);
        ForecastQueryData all = new ForecastQueryData();
        return snapshot(who, all, ForecastSnapshot.Reason.ON_DEMAND, null);
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
        return snapshot(null, new ForecastQueryData(), ForecastSnapshot.Reason.WEEKLY, week);
    }

    private SnapshotResultData snapshot(CallerScope who, ForecastQueryData query, ForecastSnapshot.Reason reason, String week) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(clock);
        int taken = 0;
        for (PeriodKind kind : PeriodKind.values()) {
            ForecastPeriod period = ForecastPeriod.of(kind, today);
            MetricScope scope = who == null ? MetricScope.everything(period.start(), period.end()) : scope(who, query, period);
            for (String currency : metricQueries.currencies(scope)) {
                Map<Long, ForecastRowData> rows = queries.byRep(scope, period, currency);
                Map<Long, ForecastAdjustment> adjustments = adjustments(rows.keySet(), period, currency);
                Set<Long> done = week == null ? Set.of() : new LinkedHashSet<>(em.createQuery("select s.userId from ForecastSnapshot s"
                        + " where s.weekKey = :week and s.periodKind = :kind and s.periodStart = :start and s.currency = :currency",
                        Long.class).setParameter("week", week).setParameter("kind", kind).setParameter("start", period.start())
                        .setParameter("currency", currency).getResultList());
                for (ForecastRowData row : rows.values()) {
                    if (done.contains(row.getRepId())) {
                        continue;
                    }
                    ForecastAdjustment adjusted = adjustments.get(row.getRepId());
                    CrmUser rep = em.find(CrmUser.class, row.getRepId());
                    em.persist(new ForecastSnapshot(now, reason, week, who == null ? "system" : who.username(), rep.getId(),
                            rep.getTeamId(), kind, period.start(), currency, row.getWon(),
                            adjusted == null ? row.getCommit() : adjusted.getCommitAmount(),
                            adjusted == null ? row.getBestCase() : adjusted.getBestCase(), row.getPipeline(), row.getWeighted()));
                    taken++;
                }
            }
        }
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
        PeriodKind kind = query.getPeriodKind() == null ? PeriodKind.MONTH : query.getPeriodKind();
        LocalDate today = LocalDate.now(clock);
        LocalDate until = query.getDay() == null ? today : query.getDay();
        List<ForecastSnapshot> snapshots = em.createQuery("select s from ForecastSnapshot s where s.periodKind = :kind"
                + " and s.periodStart >= :since and s.periodStart < :until order by s.periodStart, s.takenAt, s.userId",
                ForecastSnapshot.class).setParameter("kind", kind).setParameter("since", until.minusMonths(12))
                .setParameter("until", until).getResultList();
        List<AccuracyData> result = new ArrayList<>();
        Map<String, Map<Long, BigDecimal>> actuals = new LinkedHashMap<>();
        Map<String, AccuracyData> teams = new LinkedHashMap<>();
        for (ForecastSnapshot s : snapshots) {
            ForecastPeriod period = ForecastPeriod.of(kind, s.getPeriodStart());
            boolean ownTeam = s.getTeamId() != null && who.teamIds().contains(s.getTeamId());
            boolean repVisible = who.hasAnyRole(Role.ADMIN) || s.getUserId() == who.userId() || who.hasAnyRole(Role.SALES_MANAGER) && ownTeam;
            if (!period.closedBy(today) || !(repVisible || ownTeam) || !matches(query, s)) {
                continue;
            }
            BigDecimal actual = actuals.computeIfAbsent(period.label() + "/" + s.getCurrency(),
                    k -> wonByRep(period, s.getCurrency())).getOrDefault(s.getUserId(), BigDecimal.ZERO.setScale(2));
            if (repVisible) {
                result.add(accuracy(period, s, em.find(CrmUser.class, s.getUserId()).getDisplayName(), false, s.getCommitAmount(), actual));
            }
            if (s.getTeamId() != null) {
                AccuracyData team = teams.computeIfAbsent(period.label() + "/" + s.getTakenAt() + "/" + s.getTeamId() + "/" + s.getCurrency(),
                        k -> accuracy(period, s, em.find(Team.class, s.getTeamId()).getName(), true, BigDecimal.ZERO.setScale(2),
                                BigDecimal.ZERO.setScale(2)));
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

    /** A year of monthly quotas for the reps the caller may see (a team's, or one rep's). */
    public List<QuotaData> quotas(int year, Long teamId) {
        CallerScope who = caller.requireAnyRole(READERS);
        List<CrmUser> reps = visibleReps(who, teamId);
        List<Quota> quotas = reps.isEmpty() ? List.of() : em.createQuery("select q from Quota q where q.rep in :reps"
                + " and q.monthStart >= :from and q.monthStart < :to order by q.rep.displayName, q.monthStart", Quota.class)
                .setParameter("reps", reps).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        return new ArrayList<>(quotas.stream().map(Forecasts::toData).toList());
    }

    /** The reps of a team the caller may see, for the quota grid. */
    public List<Long> quotaReps(long teamId) {
        CallerScope who = caller.requireAnyRole(READERS);
        return visibleReps(who, teamId).stream().map(CrmUser::getId).toList();
    }

    /** Managers set their reps' monthly quotas (admins anyone's), all in one go; an amount of null removes a quota. */
    public List<QuotaData> saveQuotas(List<QuotaData> changes) {
        CallerScope who = caller.requireAnyRole(MANAGERS);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            QuotaData q = changes.get(i);
            if (q.getMonth() == null) {
                errors.add(new FieldError("quotas[" + i + "].month", "is required"));
            }
            if (q.getAmount() != null && q.getAmount().signum() < 0) {
                errors.add(new FieldError("quotas[" + i + "].amount", "must be 0 or more"));
            }
            if (q.getAmount() != null && (q.getCurrency() == null || !q.getCurrency().strip().matches("[A-Za-z]{3}"))) {
                errors.add(new FieldError("quotas[" + i + "].currency", "must be a three-letter currency code"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<QuotaData> saved = new ArrayList<>();
        for (QuotaData q : changes) {
            CrmUser rep = managedRep(who, q.getRepId());
            LocalDate month = q.getMonth().withDayOfMonth(1);
            Quota quota = em.createQuery("select q from Quota q where q.rep = :rep and q.monthStart = :month", Quota.class)
                    .setParameter("rep", rep).setParameter("month", month).getResultStream().findFirst().orElse(null);
            if (q.getAmount() == null) {
                if (quota != null) {
                    em.remove(quota);
                }
                continue;
            }
            if (quota == null) {
                quota = new Quota(rep, month);
                em.persist(quota);
            }
            quota.set(q.getAmount().setScale(2, RoundingMode.HALF_UP), q.getCurrency().strip().toUpperCase());
            saved.add(toData(quota));
        }
        return saved;
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
        if (query.getCurrency() != null && !query.getCurrency().isBlank()) {
            return query.getCurrency().strip().toUpperCase();
        }
        return metricQueries.currencies(scope).stream().findFirst().orElse("EUR");
    }

    private Map<Long, ForecastAdjustment> adjustments(Set<Long> reps, ForecastPeriod period, String currency) {
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

    private CrmUser managedRep(CallerScope who, long repId) {
        CrmUser rep = em.find(CrmUser.class, repId);
        if (rep == null) {
            throw new NotFoundException("User", repId);
        }
        if (!who.hasAnyRole(Role.ADMIN) && !(rep.getTeamId() != null && who.teamIds().contains(rep.getTeamId()))) {
            throw new AccessDeniedException(rep.getDisplayName() + " is not in a team you manage");
        }
        return rep;
    }

    private List<CrmUser> visibleReps(CallerScope who, Long teamId) {
        if (teamId != null && !who.hasAnyRole(Role.ADMIN) && !(who.hasAnyRole(Role.SALES_MANAGER) && who.teamIds().contains(teamId))) {
            throw new AccessDeniedException("That team is not yours");
        }
        return em.createQuery("select u from CrmUser u where u.active = true order by u.displayName", CrmUser.class).getResultStream()
                .filter(u -> u.getRoles().contains(Role.SALES_REP) || u.getRoles().contains(Role.SALES_MANAGER))
                .filter(u -> teamId == null || teamId.equals(u.getTeamId()))
                .filter(u -> who.hasAnyRole(Role.ADMIN) || u.getId() == who.userId()
                        || who.hasAnyRole(Role.SALES_MANAGER) && u.getTeamId() != null && who.teamIds().contains(u.getTeamId()))
                .toList();
    }

    private static QuotaData toData(Quota quota) {
        QuotaData data = new QuotaData();
        data.setRepId(quota.getRep().getId());
        data.setRepName(quota.getRep().getDisplayName());
        data.setMonth(quota.getMonthStart());
        data.setAmount(quota.getAmount());
        data.setCurrency(quota.getCurrency());
        return data;
    }

    private static ForecastRowData emptyRow(Long repId) {
        ForecastRowData row = new ForecastRowData();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
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

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
