package com.acme.crm.forecast.boundary;

import com.acme.crm.shared.api.Money;
import com.acme.crm.forecast.control.MetricQueries;
import com.acme.crm.forecast.control.MetricParts;
import com.acme.crm.forecast.control.MetricScope;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The sales metrics, for the dashboards, REST and remote callers alike: one filter in, every
 * figure out, each computed by the database (see {@link MetricQueries}).
 */
@Stateless
@jakarta.ejb.LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Metrics implements ForecastService {

    static final Role[] READERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject MetricQueries queries;
    @Inject Clock clock;
    @Inject com.acme.crm.forecast.control.ForecastQueries forecastQueries;
    @jakarta.ejb.EJB Forecasts forecasts;
    @jakarta.ejb.EJB MetricParts parts;
    @Inject com.acme.crm.forecast.control.RepAccess repAccess;

    @Override
    public MetricsData metrics(MetricFilterData filter) {
        MetricScope scope = scope(filter);
        MetricsData m = new MetricsData();
        m.setFrom(scope.filter().getFrom().toString());
        m.setTo(scope.filter().getTo().toString());
        m.setScope(scope.label());
        m.setCurrency(currency(scope));
        // quotas are per rep and month, not per product or lead source: one product's wins are no attainment
        boolean wholeSales = scope.filter().getProductId() == null
                && (scope.filter().getLeadSource() == null || scope.filter().getLeadSource().isBlank());
        Map<String, BigDecimal> quotas = wholeSales ? forecastQueries.quotasByMonth(scope, m.getCurrency()) : Map.of();
        MetricQueries.Dashboard dashboard = new MetricQueries.Dashboard(m, em.createNamedQuery("Stage.active", Stage.class)
                .getResultStream().map(com.acme.crm.forecast.control.StageInfo::of).toList());
        List<Future<Void>> running = Arrays.stream(MetricQueries.Part.values()).map(part -> parts.run(part, scope, dashboard)).toList();
        for (Future<Void> part : running) {
            finished(part);
        }
        queries.combine(scope, dashboard, quotas);
        BigDecimal quota = quotas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (quota.signum() > 0) {
            m.setQuota(Money.rounded(quota, m.getCurrency()).amount());
            m.setQuotaAttainment(com.acme.crm.forecast.control.Figures.percent(m.getWonAmount(), quota));
        }
        return m;
    }

    /** Waits for a part; a business exception in it reaches the caller as itself. */
    private static void finished(Future<Void> part) {
        try {
            part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing the metrics", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public List<String> definitions() {
        caller.requireAnyRole(READERS);
        return Arrays.stream(Metric.values()).map(d -> d.getLabel() + ": " + d.getDefinition()).toList();
    }

    @Override
    public ForecastData forecast(ForecastQueryData query) {
        return forecasts.forecast(query);
    }

    @Override
    public List<AccuracyData> accuracy(ForecastQueryData query) {
        return forecasts.accuracy(query);
    }

    @Override
    public SnapshotResultData takeSnapshot() {
        return forecasts.takeSnapshot();
    }

    /** The caller's filter with its defaults, checked against what they may see. */
    public MetricScope scope(MetricFilterData filter) {
        CallerScope who = caller.requireAnyRole(READERS);
        return MetricScope.of(who, filter, LocalDate.now(clock), id -> em.find(CrmUser.class, id), id -> em.find(Team.class, id));
    }

    /** The chosen currency, or the one most of the deals in scope are in. */
    public String currency(MetricScope scope) {
        return queries.currencyFor(scope, scope.filter().getCurrency());
    }

    /** The caller's user id, to ask for their own numbers. */
    public long callerId() {
        return caller.requireAnyRole(READERS).userId();
    }

    /** The active products, for choosing a deal's main product or filtering by it. */
    public List<OptionData> products() {
        caller.requireAnyRole(READERS);
        return new ArrayList<>(em.createQuery("select p from Product p where p.active = true order by p.name", Product.class)
                .getResultStream().map(p -> new OptionData(String.valueOf(p.getId()), p.getName())).toList());
    }

    public MetricOptionsData options() {
        CallerScope who = caller.requireAnyRole(READERS);
        MetricOptionsData options = new MetricOptionsData();
        List<Team> teams = em.createNamedQuery("Team.findAll", Team.class).getResultList().stream()
                .filter(t -> who.hasAnyRole(Role.ADMIN) || who.teamIds().contains(t.getId())).toList();
        teams.forEach(t -> options.getTeams().add(new OptionData(String.valueOf(t.getId()), t.getName())));
        List<CrmUser> reps = repAccess.visibleReps(who, null);
        reps.forEach(u -> options.getReps().add(new OptionData(String.valueOf(u.getId()), u.getDisplayName())));
        options.setProducts(products());
        options.setRegions(new ArrayList<>(em.createQuery("select distinct t.region from Team t where t.region is not null order by t.region",
                String.class).getResultList()));
        options.setLeadSources(Arrays.stream(LeadSource.values()).map(Enum::name).toList());
        options.setCurrencies(new ArrayList<>(queries.currencies(null)));
        return options;
    }
}
