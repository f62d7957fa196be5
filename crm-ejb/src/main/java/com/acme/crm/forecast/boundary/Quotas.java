package com.acme.crm.forecast.boundary;

import com.acme.crm.shared.api.Money;
import com.acme.crm.shared.api.Currencies;
import com.acme.crm.forecast.control.RepAccess;
import com.acme.crm.forecast.entity.Quota;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly sales quotas per rep, which attainment on the forecast and the dashboards is measured
 * against. Managers set them for the reps of their teams, admins for anyone; reps read their
 * own. A quarter's or year's quota is the sum of its months, so only months are stored.
 */
@Stateless
@PermitAll
public class Quotas {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject RepAccess reps;

    /** A year of monthly quotas for the reps the caller may see (a team's, or every team the caller sees). */
    public List<QuotaData> quotas(int year, Long teamId) {
        CallerScope who = caller.requireAnyRole(Forecasts.READERS);
        List<CrmUser> visible = reps.visibleReps(who, teamId);
        List<Quota> quotas = visible.isEmpty() ? List.of() : em.createQuery("select q from Quota q where q.rep in :reps"
                + " and q.monthStart >= :from and q.monthStart < :to order by q.rep.displayName, q.monthStart", Quota.class)
                .setParameter("reps", visible).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        return new ArrayList<>(quotas.stream().map(Quotas::toData).toList());
    }

    /** The reps of a team the caller may see, for the quota grid's rows. */
    public List<Long> quotaReps(long teamId) {
        CallerScope who = caller.requireAnyRole(Forecasts.READERS);
        return reps.visibleReps(who, teamId).stream().map(CrmUser::getId).toList();
    }

    /** Managers set their reps' monthly quotas (admins anyone's), all in one go; an amount of null removes a quota. */
    public List<QuotaData> saveQuotas(List<QuotaData> changes) {
        CallerScope who = caller.requireAnyRole(Forecasts.MANAGERS);
        validate(changes);
        Map<String, Quota> existing = existing(changes);
        Map<Long, CrmUser> checked = new HashMap<>();
        List<QuotaData> saved = new ArrayList<>();
        for (QuotaData q : changes) {
            LocalDate month = q.getMonth().withDayOfMonth(1);
            Quota quota = existing.get(q.getRepId() + "/" + month);
            if (q.getAmount() == null && quota == null) {
                continue; // an empty cell that stays empty
            }
            CrmUser rep = checked.computeIfAbsent(q.getRepId(), id -> reps.managedRep(who, id));
            if (q.getAmount() == null) {
                em.remove(quota);
                continue;
            }
            if (quota == null) {
                quota = new Quota(rep, month);
                em.persist(quota);
            }
            String currency = Currencies.require("currency", q.getCurrency());
            quota.set(Money.exactAmount("amount", q.getAmount(), currency), currency);
            saved.add(toData(quota));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique key on rep and month: someone saved the same new quota at the same moment
            throw new ConcurrentEditException("Someone else set some of these quotas at the same moment.");
        }
        return saved;
    }

    /** The quotas the changes touch, in one query (a year's grid is twelve cells a rep), by rep id and month. */
    private Map<String, Quota> existing(List<QuotaData> changes) {
        Map<String, Quota> byKey = new HashMap<>();
        if (changes.isEmpty()) {
            return byKey;
        }
        List<Long> repIds = changes.stream().map(QuotaData::getRepId).distinct().toList();
        List<LocalDate> months = changes.stream().map(q -> q.getMonth().withDayOfMonth(1)).distinct().toList();
        em.createQuery("select q from Quota q where q.rep.id in :reps and q.monthStart in :months", Quota.class)
                .setParameter("reps", repIds).setParameter("months", months).getResultStream()
                .forEach(q -> byKey.put(q.getRep().getId() + "/" + q.getMonthStart(), q));
        return byKey;
    }

    /** Every row is checked before any is saved, so a grid with one bad cell saves nothing. */
    private static void validate(List<QuotaData> changes) {
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
}
