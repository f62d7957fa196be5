package com.acme.crm.forecast.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.dataimport.boundary.Imports;
import com.acme.crm.dataimport.control.SalesHistoryFiles;
import com.acme.crm.pipeline.boundary.ForecastCategory;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.boundary.MoveData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.SalesHistory;
import com.acme.crm.testing.TestClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forecast of a fresh team (Max manages Fay): categories add up to commit, best case and
 * pipeline; quotas; a manager's adjustment; snapshots; and, a month and more later (a moved
 * clock), how accurate the snapshot was against what was actually won.
 */
@ExtendWith(ArquillianExtension.class)
class ForecastIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject Forecasts forecasts;
    @Inject Quotas quotas;
    @Inject Metrics metrics;
    @Inject Imports imports;
    @Inject Accounts accounts;
    @Inject Opportunities opportunities;
    @Inject UserDirectory users;

    @Test
    void categoriesQuotasAdjustmentSnapshotsAndAccuracy() throws Exception {
        String tag = SalesHistory.tag();
        String fay = "fay.seller" + tag;
        String max = "max.boss" + tag;
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SalesHistoryFiles.TEAMS, "sales_agent,manager,regional_office\r\nFay Seller" + tag + ",Max Boss" + tag + ",North" + tag + "\r\n");
        files.put(SalesHistoryFiles.ACCOUNTS, "account,sector,year_established,revenue,employees,office_location,subsidiary_of\r\n");
        files.put(SalesHistoryFiles.PRODUCTS, "product,series,sales_price\r\n");
        files.put(SalesHistoryFiles.PIPELINE, "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n");
        SalesHistory.importCompany(imports, files);
        long fayId = users.findByUsername(fay).orElseThrow().getId();
        long teamId = users.findByUsername(fay).orElseThrow().getTeamId();

        AccountData account = new AccountData();
        account.setName("Forecast buyer " + tag);
        long accountId = as(fay, () -> accounts.createAccount(account)).getId();
        LocalDate today = LocalDate.now();
        OpportunityData committed = deal(fay, accountId, "Committed", "1000", ForecastCategory.COMMIT, today);
        OpportunityData likely = deal(fay, accountId, "Likely", "500", ForecastCategory.BEST_CASE, today);
        deal(fay, accountId, "Maybe", "300", ForecastCategory.PIPELINE, today);
        deal(fay, accountId, "Not this time", "200", ForecastCategory.OMITTED, today);
        deal(fay, accountId, "Next year", "9999", ForecastCategory.COMMIT, today.plusYears(1));

        ForecastRowData mine = faysRow(max, fayId);
        assertEquals(new BigDecimal("0.00"), mine.getWon());
        assertEquals(new BigDecimal("1000.00"), mine.getCommit(), "won 0 + committed 1,000");
        assertEquals(new BigDecimal("1500.00"), mine.getBestCase(), "commit + best case 500");
        assertEquals(new BigDecimal("1800.00"), mine.getPipeline(), "every open deal of the month but the omitted one");
        assertEquals(new BigDecimal("180.00"), mine.getWeighted(), "1,800 × 10 % (Prospecting)");
        assertNull(mine.getQuota());

        QuotaData quota = new QuotaData();
        quota.setRepId(fayId);
        quota.setMonth(today);
        quota.setAmount(new BigDecimal("2000"));
        quota.setCurrency("USD");
        assertThrows(AccessDeniedException.class, () -> as(fay, () -> quotas.saveQuotas(List.of(quota))), "reps do not set quotas");
        assertThrows(AccessDeniedException.class, () -> as("manager1", () -> quotas.saveQuotas(List.of(quota))), "not manager1's rep");
        as(max, () -> quotas.saveQuotas(List.of(quota)));
        QuotaData raised = new QuotaData();
        raised.setRepId(fayId);
        raised.setMonth(today);
        raised.setAmount(new BigDecimal("2500"));
        raised.setCurrency("USD");
        QuotaData negative = new QuotaData();
        negative.setRepId(fayId);
        negative.setMonth(today.plusMonths(1));
        negative.setAmount(new BigDecimal("-1"));
        negative.setCurrency("USD");
        InvalidInputException badGrid = assertThrows(InvalidInputException.class, () -> as(max, () -> quotas.saveQuotas(List.of(raised, negative))));
        assertEquals(List.of("quotas[1].amount"), badGrid.getFieldErrors().stream().map(FieldError::getField).toList());
        List<QuotaData> faysQuotas = as(fay, () -> quotas.quotas(today.getYear(), null));
        assertEquals(List.of(new BigDecimal("2000.00")), faysQuotas.stream().map(QuotaData::getAmount).toList(),
                "a rep reads their own quota; the refused grid saved nothing");
        assertThrows(AccessDeniedException.class, () -> as(fay, () -> quotas.quotas(today.getYear(), teamId)), "the team grid is the manager's");
        long maxId = users.findByUsername(max).orElseThrow().getId();
        assertEquals(List.of(fayId, maxId), as(max, () -> quotas.quotaReps(teamId)), "the grid's rows: the team's sellers by name, Max too");
        assertEquals(new BigDecimal("2000.00"), faysRow(max, fayId).getQuota());

        AdjustmentData adjustment = new AdjustmentData();
        adjustment.setRepId(fayId);
        adjustment.setPeriodKind(PeriodKind.MONTH);
        adjustment.setDay(today);
        adjustment.setCurrency("USD");
        adjustment.setCommit(new BigDecimal("1200"));
        adjustment.setBestCase(new BigDecimal("1100"));
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> as(max, () -> forecasts.adjust(adjustment)));
        assertEquals(List.of("bestCase", "note"), invalid.getFieldErrors().stream().map(FieldError::getField).toList());
        adjustment.setBestCase(new BigDecimal("1400"));
        adjustment.setNote("Fay is cautious: the Likely deal signs this month");
        assertThrows(AccessDeniedException.class, () -> as(fay, () -> forecasts.adjust(adjustment)), "only managers adjust");
        ForecastRowData adjusted = as(max, () -> forecasts.adjust(adjustment));
        assertEquals(new BigDecimal("1200.00"), adjusted.getForecastCommit());
        assertEquals(new BigDecimal("1000.00"), adjusted.getCommit(), "the rep's own figure stays beside it");
        assertEquals(max, adjusted.getAdjustedBy());
        AdjustmentData nextMonth = new AdjustmentData();
        nextMonth.setRepId(fayId);
        nextMonth.setPeriodKind(PeriodKind.MONTH);
        nextMonth.setDay(today.plusMonths(1));
        nextMonth.setCommit(new BigDecimal("700"));
        nextMonth.setBestCase(new BigDecimal("900"));
        nextMonth.setNote("A renewal Fay has not entered yet");
        assertThrows(AccessDeniedException.class, () -> as("manager1", () -> forecasts.adjust(nextMonth)), "not manager1's rep");
        ForecastRowData ahead = as(max, () -> forecasts.adjust(nextMonth));
        assertEquals(new BigDecimal("0.00"), ahead.getCommit(), "nothing of Fay's closes next month");
        assertEquals(new BigDecimal("700.00"), ahead.getForecastCommit(), "the manager's expectation shows all the same");
        ForecastQueryData nextMonthInUsd = query(fayId, null);
        nextMonthInUsd.setDay(today.plusMonths(1));
        assertEquals(new BigDecimal("700.00"), as(max, () -> forecasts.forecast(nextMonthInUsd)).getTotal().getForecastCommit(),
                "kept in the currency of Fay's deals when none was given");

        // a rep sees their own row; asking for the team, its total and still only their row
        ForecastQueryData teamQuery = query(null, teamId);
        ForecastData seenByFay = as(fay, () -> forecasts.forecast(teamQuery));
        assertEquals(List.of(fayId), seenByFay.getRows().stream().map(ForecastRowData::getRepId).toList());
        assertEquals(new BigDecimal("1200.00"), seenByFay.getTotal().getForecastCommit());
        assertEquals(1, seenByFay.getTeams().size(), "her team's line");
        assertEquals(new BigDecimal("1200.00"), seenByFay.getTeams().get(0).getForecastCommit(), "with the manager's adjustment");
        String faysTeam = seenByFay.getTeams().get(0).getRepName();
        ForecastRowData faysTeamForAdmin = as("admin", () -> forecasts.forecast(query(null, null))).getTeams().stream()
                .filter(t -> t.getRepName().equals(faysTeam)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1800.00"), faysTeamForAdmin.getPipeline(), "an admin's forecast of all teams has a line per team");
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> forecasts.forecast(query(fayId, null))));

        assertEquals(2, as(max, () -> forecasts.takeSnapshot()).getSnapshots(), "Fay's month and quarter");
        assertThrows(AccessDeniedException.class, () -> as(max, () -> forecasts.takeWeeklySnapshot()), "the weekly one is the system's");
        assertTrue(as("admin", () -> forecasts.takeWeeklySnapshot()).getSnapshots() >= 2);
        assertEquals(0, as("admin", () -> forecasts.takeWeeklySnapshot()).getSnapshots(), "once per week");

        // the month goes on: the committed deal is won, the best-case one lost
        MoveData win = new MoveData(committed.getVersion(), stage("Closed won"));
        win.setOverrideReason("Signed on paper, quote to follow");
        as(max, () -> opportunities.moveOpportunity(committed.getId(), win));
        MoveData loss = new MoveData(likely.getVersion(), stage("Closed lost"));
        loss.setLossReason(LossReason.PRICE);
        as(fay, () -> opportunities.moveOpportunity(likely.getId(), loss));
        ForecastRowData after = faysRow(max, fayId);
        assertEquals(new BigDecimal("1000.00"), after.getWon());
        assertEquals(new BigDecimal("50.00"), after.getAttainment(), "1,000 of the 2,000 quota");
        MetricFilterData thisMonth = new MetricFilterData();
        thisMonth.setOwnerId(fayId);
        thisMonth.setFrom(today.withDayOfMonth(1));
        thisMonth.setTo(today.withDayOfMonth(1).plusMonths(1));
        thisMonth.setCurrency("USD");
        assertEquals(new BigDecimal("50.00"), as(fay, () -> metrics.metrics(thisMonth)).getQuotaAttainment());

        assertTrue(as(max, () -> forecasts.accuracy(query(fayId, null))).isEmpty(), "the month is not over yet");
        List<AccuracyData> accuracy = TestClock.later(Duration.ofDays(40), () -> as(max, () -> forecasts.accuracy(query(fayId, null))));
        List<AccuracyData> fays = accuracy.stream().filter(a -> !a.isTeam()).toList();
        assertEquals(2, fays.size(), "the on-demand and the weekly snapshot of the month");
        for (AccuracyData a : fays) {
            assertEquals(new BigDecimal("1200.00"), a.getForecast(), "the snapshot kept the manager's commit");
            assertEquals(new BigDecimal("1000.00"), a.getActual());
            assertEquals(new BigDecimal("80.00"), a.getAccuracy(), "missed by 200 of 1,000");
        }
        assertTrue(accuracy.stream().anyMatch(a -> a.isTeam() && a.getAccuracy().equals(new BigDecimal("80.00"))), "the team's line");
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> forecasts.accuracy(query(fayId, null))), "another team's rep by name");
        assertTrue(TestClock.later(Duration.ofDays(40), () -> as("rep1", () -> forecasts.accuracy(query(null, null))))
                .stream().noneMatch(a -> a.getName().contains(tag)), "another team's rep sees none of it");
    }

    private ForecastRowData faysRow(String manager, long fayId) {
        return as(manager, () -> forecasts.forecast(query(fayId, null))).getRows().stream()
                .filter(r -> r.getRepId() == fayId).findFirst().orElseThrow();
    }

    private static ForecastQueryData query(Long ownerId, Long teamId) {
        ForecastQueryData query = new ForecastQueryData();
        query.setPeriodKind(PeriodKind.MONTH);
        query.setOwnerId(ownerId);
        query.setTeamId(teamId);
        query.setCurrency("USD");
        return query;
    }

    private OpportunityData deal(String owner, long accountId, String name, String amount, ForecastCategory category, LocalDate close) {
        OpportunityData deal = new OpportunityData();
        deal.setName(name);
        deal.setAccountId(accountId);
        deal.setAmount(new BigDecimal(amount));
        deal.setCurrency("USD");
        deal.setExpectedCloseDate(close);
        deal.setForecastCategory(category);
        return as(owner, () -> opportunities.createOpportunity(deal));
    }

    private long stage(String name) {
        return as("admin", () -> opportunities.getStages()).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
