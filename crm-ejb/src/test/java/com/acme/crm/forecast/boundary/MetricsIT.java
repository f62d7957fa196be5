package com.acme.crm.forecast.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.dataimport.boundary.ImportJobData;
import com.acme.crm.dataimport.boundary.Imports;
import com.acme.crm.dataimport.control.SalesHistoryFiles;
import com.acme.crm.lead.boundary.ConversionData;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.NeedUrgency;
import com.acme.crm.pipeline.boundary.MoveData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.service.boundary.ServiceChannel;
import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.service.boundary.ServiceRequestData;
import com.acme.crm.service.boundary.ServiceRequests;
import com.acme.crm.service.boundary.ServiceType;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.MetricFiguresBackfill;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.SalesHistory;
import com.acme.crm.testing.TestClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every metric on a small hand-made company whose answers are worked out in the comments: one
 * team in its own region (so that other tests' data stays out), two reps, seven deals.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject Metrics metrics;
    @Inject Imports imports;
    @Inject Leads leads;
    @Inject ServiceRequests requests;
    @Inject UserDirectory users;
    @Inject Opportunities opportunities;

    String tag;
    String region;

    /**
     * Ann and Bob work for Mia. In 2020: Ann won 900 (30 days) and 100 (10 days), Bob won 2,000
     * (50 days) and lost one after 30 days; Ann has an open Kite Pro deal (Qualification, list
     * price 1,000) and Bob an open Kite Mini one (Prospecting, 100). Ann also won 500 for Alpha in 2019.
     */
    @BeforeEach
    void company() throws Exception {
        tag = SalesHistory.tag();
        region = "Region " + tag;
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SalesHistoryFiles.TEAMS, "sales_agent,manager,regional_office\r\n"
                + "Ann Able" + tag + ",Mia Lead" + tag + "," + region + "\r\n"
                + "Bob Baker" + tag + ",Mia Lead" + tag + "," + region + "\r\n");
        files.put(SalesHistoryFiles.ACCOUNTS, "account,sector,year_established,revenue,employees,office_location,subsidiary_of\r\n"
                + "Alpha" + tag + ",technolgy,1990,12.5,100,Philipines,\r\n"
                + "Beta" + tag + ",retail,2000,0.5,10,Kenya,Alpha" + tag + "\r\n"
                + "Gamma" + tag + ",medical,2010,2000,5000,United States,\r\n");
        files.put(SalesHistoryFiles.PRODUCTS, "product,series,sales_price\r\nKite Pro" + tag + ",Kite,1000\r\nKite Mini" + tag + ",Kite,100\r\n");
        files.put(SalesHistoryFiles.PIPELINE, "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n"
                + deal("D1", "Ann Able", "Kite Pro", "Alpha", "Won", "2020-01-01", "2020-01-31", "900")
                + deal("D2", "Ann Able", "Kite Mini", "Beta", "Won", "2020-02-01", "2020-02-11", "100")
                + deal("D3", "Bob Baker", "Kite Pro", "Gamma", "Won", "2020-03-01", "2020-04-20", "2000")
                + deal("D4", "Bob Baker", "Kite Pro", "Alpha", "Lost", "2020-01-10", "2020-02-09", "0")
                // the quirks: the product spelled without its space, no account yet
                + deal("D5", "Ann Able", "KitePro", "", "Engaging", "2020-05-01", "", "")
                + deal("D6", "Bob Baker", "Kite Mini", "Beta", "Prospecting", "", "", "")
                + deal("D7", "Ann Able", "Kite Pro", "Alpha", "Won", "2019-06-01", "2019-07-01", "500"));
        ImportJobData job = SalesHistory.importCompany(imports, files);
        assertEquals(7, job.getImportedRows(), job.getMessage());
    }

    private String deal(String id, String agent, String product, String account, String stage, String engaged, String closed,
            String value) {
        return id + tag + "," + agent + tag + "," + product + tag + "," + (account.isEmpty() ? "" : account + tag) + "," + stage + ","
                + engaged + "," + closed + "," + value + "\r\n";
    }

    @Test
    void dealMetricsOfAYear() {
        MetricsData m = as("admin", () -> metrics.metrics(filter(f -> { })));
        assertEquals(3, m.getWon());
        assertEquals(1, m.getLost());
        assertEquals(new BigDecimal("75.00"), m.getWinRate(), "3 won of 4 closed");
        assertEquals(new BigDecimal("3000.00"), m.getWonAmount());
        assertEquals(new BigDecimal("1000.00"), m.getAverageDealSize(), "(900 + 100 + 2,000) / 3");
        assertEquals(0, new BigDecimal("900").compareTo(m.getMedianDealSize()));
        assertEquals(new BigDecimal("30.00"), m.getMeanCycleDays(), "(30 + 10 + 50) / 3");
        assertEquals(0, new BigDecimal("30").compareTo(m.getMedianCycleDays()));

        assertEquals(2, m.getOpenDeals());
        assertEquals(new BigDecimal("1100.00"), m.getPipelineValue(), "open deals at list price: 1,000 + 100");
        assertEquals(new BigDecimal("210.00"), m.getWeightedPipeline(), "1,000 × 20 % + 100 × 10 %");
        assertEquals(new BigDecimal("50.00"), m.getVelocityPerDay(), "2 open × 75 % × 1,000 / 30 days");
        assertEquals(new BigDecimal("1522.00"), m.getVelocityPerMonth(), "50 × 30.44");

        assertEquals(List.of("2020-01", "2020-02", "2020-04"), m.getClosedByMonth().stream().map(PeriodValueData::getPeriod).toList());
        assertEquals(new BigDecimal("50.00"), m.getClosedByMonth().get(1).getWinRate(), "February: one won, one lost");

        StageTimeData qualification = m.getStageTimes().stream().filter(t -> t.getStage().equals("Qualification")).findFirst().orElseThrow();
        assertEquals(4, qualification.getStays(), "D1–D4 left Qualification in 2020 (D7 in 2019)");
        assertEquals(0, new BigDecimal("30").compareTo(qualification.getMedianDays()), "30, 10, 50, 30");
        assertEquals(new BigDecimal("30.00"), qualification.getMeanDays());

        RateData engaged = m.getStageConversions().stream().filter(c -> c.getLabel().startsWith("Qualification")).findFirst()
                .orElseThrow();
        assertEquals(5, engaged.getStarted(), "D1–D5 entered Qualification in 2020");
        assertEquals(3, engaged.getConverted(), "three went on (to Closed won)");
        assertEquals(new BigDecimal("60.00"), engaged.getRate());

        // customers: Alpha (won in 2019) at the start; Alpha, Beta, Gamma at the end, Beta and Gamma new: (3 − 2) / 1
        assertEquals(1, m.getCustomersAtStart());
        assertEquals(3, m.getCustomersAtEnd());
        assertEquals(2, m.getNewCustomers());
        assertEquals(new BigDecimal("100.00"), m.getRetentionRate());
    }

    @Test
    void filtersByRepAndProduct() {
        long ann = userId("ann.able" + tag);
        MetricsData anns = as("admin", () -> metrics.metrics(filter(f -> f.setOwnerId(ann))));
        assertEquals(2, anns.getWon());
        assertEquals(new BigDecimal("100.00"), anns.getWinRate());
        assertEquals(new BigDecimal("1000.00"), anns.getPipelineValue(), "her open Kite Pro deal");

        long kitePro = as("admin", () -> metrics.options()).getProducts().stream()
                .filter(p -> p.getLabel().equals("Kite Pro" + tag)).map(p -> Long.parseLong(p.getValue())).findFirst().orElseThrow();
        MetricsData pro = as("admin", () -> metrics.metrics(filter(f -> f.setProductId(kitePro))));
        assertEquals(2, pro.getWon());
        assertEquals(1, pro.getLost());
        assertEquals(new BigDecimal("66.67"), pro.getWinRate());
    }

    @Test
    void aRepSeesTheirOwnNumbersAndTheirTeamsTotalsOnly() {
        String ann = "ann.able" + tag;
        MetricsData own = as(ann, () -> metrics.metrics(filter(f -> f.setRegion(null))));
        assertEquals("Your numbers", own.getScope());
        assertEquals(2, own.getWon());
        long team = users.findByUsername(ann).orElseThrow().getTeamId();
        MetricsData teams = as(ann, () -> metrics.metrics(filter(f -> f.setTeamId(team))));
        assertEquals(3, teams.getWon(), "the team's total");
        long bob = userId("bob.baker" + tag);
        assertThrows(AccessDeniedException.class, () -> as(ann, () -> metrics.metrics(filter(f -> f.setOwnerId(bob)))));
        assertThrows(AccessDeniedException.class, () -> as("manager1", () -> metrics.metrics(filter(f -> f.setTeamId(team)))),
                "another team's manager");
        assertEquals(1, as("mia.lead" + tag, () -> metrics.metrics(filter(f -> f.setOwnerId(bob)))).getWon(), "her own rep");
        assertThrows(AccessDeniedException.class, () -> as("support1", () -> metrics.metrics(null)));
    }

    @Test
    void leadConversionAndServiceFigures() {
        String ann = "ann.able" + tag;
        LeadData web = as(ann, () -> leads.createLead(lead("Web " + tag, LeadSource.WEB)));
        as(ann, () -> leads.createLead(lead("Web two " + tag, LeadSource.WEB)));
        as(ann, () -> leads.createLead(lead("Fair " + tag, LeadSource.EVENT)));
        LeadData qualified = as(ann, () -> leads.qualifyLead(web.getId(), web.getVersion()));
        ConversionData decision = new ConversionData();
        decision.setLeadVersion(qualified.getVersion());
        decision.setOpportunityName("Kites for " + tag);
        as(ann, () -> leads.convertLead(qualified.getId(), decision));

        long annId = userId(ann);
        ServiceRequestData request = new ServiceRequestData();
        request.setAccountId(as("admin", () -> leads.getLead(qualified.getId())).getConvertedAccountId());
        request.setSubject("Kite string tangled");
        request.setChannel(ServiceChannel.PHONE);
        request.setType(ServiceType.PROBLEM);
        request.setPriority(ServicePriority.LOW);
        ServiceRequestData opened = as("support1", () -> requests.openRequest(request));
        ServiceRequestData taken = TestClock.later(Duration.ofMinutes(30),
                () -> as("support1", () -> requests.startWork(opened.getId(), opened.getVersion())));
        TestClock.later(Duration.ofMinutes(90), () -> as("support1", () -> requests.resolve(taken.getId(), taken.getVersion(), "Untangled", 4)));

        LocalDate today = LocalDate.now();
        MetricsData m = as("admin", () -> metrics.metrics(filter(f -> {
            f.setOwnerId(annId);
            f.setFrom(today.minusDays(1));
            f.setTo(today.plusDays(2));
        })));
        assertEquals(3, m.getLeadsCreated());
        assertEquals(1, m.getLeadsConverted());
        assertEquals(new BigDecimal("33.33"), m.getLeadConversionRate());
        RateData bySourceWeb = m.getLeadSources().stream().filter(s -> s.getLabel().equals("WEB")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("50.00"), bySourceWeb.getRate());
        assertEquals(1, m.getResolvedRequests());
        assertEquals(new BigDecimal("100.00"), m.getSlaCompliance());
        assertEquals(new BigDecimal("30.00"), m.getMeanResponseMinutes());
        assertEquals(new BigDecimal("90.00"), m.getMeanResolutionMinutes());
        assertEquals(new BigDecimal("4.00"), m.getSatisfaction());
        assertNull(m.getWinRate(), "no deal closed today");
    }

    @Test
    void anUpgradedDatabaseGetsItsCyclesAndStaysBack() throws Exception {
        DataSource database = InitialContext.doLookup("java:app/jdbc/crm");
        String ours = "(select id from opportunity where import_key like '%" + tag + "')";
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            try (var applied = sql.executeQuery("select count(*) from \"flyway_schema_history\" where \"version\" = '12' and \"success\" = true")) {
                applied.next();
                assertEquals(1, applied.getInt(1), "the backfill is migration 12, run at deployment");
            }
            // as a database from before the figures were kept on the rows
            sql.executeUpdate("update opportunity set cycle_days = null where id in " + ours);
            sql.executeUpdate("update stage_move set stage_days = null where opportunity_id in " + ours);
            assertNull(as("admin", () -> metrics.metrics(filter(f -> { }))).getMeanCycleDays(), "no cycle without the days");
            assertTrue(MetricFiguresBackfill.backfill(connection) >= 10, "five closed deals and their five finished stays");
            assertEquals(0, MetricFiguresBackfill.backfill(connection), "a second run has nothing left to do");
        }
        MetricsData m = as("admin", () -> metrics.metrics(filter(f -> { })));
        assertEquals(new BigDecimal("30.00"), m.getMeanCycleDays(), "(30 + 10 + 50) / 3, as before");
        StageTimeData qualification = m.getStageTimes().stream().filter(t -> t.getStage().equals("Qualification")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("30").compareTo(qualification.getMedianDays()), "30, 10, 50, 30");
    }

    @Test
    void aDealThatEntersAStageTwiceCountsOnceInTheFunnel() {
        String mia = "mia.lead" + tag;
        OpportunityData d5 = as(mia, () -> opportunities.findOpportunities(new PageQuery(0, 5, null, true, "(D5" + tag + ")", null)))
                .getItems().get(0);
        Map<String, Long> stages = new LinkedHashMap<>();
        as(mia, () -> opportunities.getStages()).forEach(s -> stages.put(s.getName(), s.getId()));
        // back and forth: Qualification → Prospecting → Qualification → Prospecting → Qualification, all today
        OpportunityData deal = d5;
        for (String stage : List.of("Prospecting", "Qualification", "Prospecting", "Qualification")) {
            MoveData move = new MoveData(deal.getVersion(), stages.get(stage));
            move.setOverrideReason("Budget confirmed by phone");
            OpportunityData moving = deal;
            deal = as(mia, () -> opportunities.moveOpportunity(moving.getId(), move));
        }
        LocalDate today = LocalDate.now();
        MetricsData m = as(mia, () -> metrics.metrics(filter(f -> {
            f.setFrom(today);
            f.setTo(today.plusDays(1));
        })));
        RateData prospecting = m.getStageConversions().stream().filter(c -> c.getLabel().startsWith("Prospecting")).findFirst()
                .orElseThrow();
        assertEquals(1, prospecting.getStarted(), "D5 entered Prospecting today twice: once in the funnel; D6 (imported without"
                + " an engage date) is not of today");
        MetricsData historyTaken = as(mia, () -> metrics.metrics(filter(f -> {
            f.setFrom(LocalDate.of(2020, 5, 1));
            f.setTo(LocalDate.of(2020, 5, 2));
        })));
        assertEquals(1, historyTaken.getStageConversions().stream().filter(c -> c.getLabel().startsWith("Prospecting")).findFirst()
                .orElseThrow().getStarted(), "D6 started at the latest on the history's last date (D5 engaged 2020-05-01)");
        assertEquals(1, prospecting.getConverted(), "D5 reached Qualification");
        RateData qualification = m.getStageConversions().stream().filter(c -> c.getLabel().startsWith("Qualification")).findFirst()
                .orElseThrow();
        assertEquals(1, qualification.getStarted(), "entered Qualification twice today: one deal");
        assertEquals(0, qualification.getConverted());
    }

    private MetricFilterData filter(Consumer<MetricFilterData> more) {
        MetricFilterData filter = new MetricFilterData();
        filter.setFrom(LocalDate.of(2020, 1, 1));
        filter.setTo(LocalDate.of(2021, 1, 1));
        filter.setRegion(region);
        filter.setCurrency("USD");
        more.accept(filter);
        return filter;
    }

    private long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    private static LeadData lead(String company, LeadSource source) {
        LeadData lead = new LeadData();
        lead.setFirstName("Kit");
        lead.setLastName("Flyer");
        lead.setCompany(company);
        lead.setEmail(company.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.com");
        lead.setSource(source);
        lead.setBudgetAmount(new BigDecimal("3000"));
        lead.setBudgetCurrency("USD");
        lead.setBudgetConfirmed(true);
        lead.setDecisionMaker(true);
        lead.setNeed("Kites that fly");
        lead.setNeedUrgency(NeedUrgency.HIGH);
        lead.setExpectedPurchaseDate(LocalDate.now().plusDays(45));
        return lead;
    }
}
