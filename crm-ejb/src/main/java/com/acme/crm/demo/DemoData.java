package com.acme.crm.demo;

import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.forecast.entity.ForecastSnapshot;
import com.acme.crm.forecast.entity.Quota;
import com.acme.crm.pipeline.boundary.ForecastCategory;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.control.DealFactory;
import com.acme.crm.pipeline.control.DealMoves;
import com.acme.crm.pipeline.entity.Competitor;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.pipeline.entity.StageMove;
import com.acme.crm.quote.entity.PriceList;
import com.acme.crm.quote.entity.PriceListEntry;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.service.boundary.ServiceChannel;
import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.service.boundary.ServiceType;
import com.acme.crm.service.control.SlaPolicy;
import com.acme.crm.service.entity.ServiceEvent;
import com.acme.crm.service.entity.ServiceRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.boundary.RevenueBand;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.PasswordPolicy;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.Address;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** Fills an empty database with demo users and customers (see package-info). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordPolicy passwords;

    @Inject
    DealFactory deals;

    @Inject
    DealMoves moves;

    @Inject
    com.acme.crm.account.control.CustomerSince customerSince;

    @Inject
    SlaPolicy sla;

    private String passwordHash;

    @PostConstruct
    void loadOnFirstStart() {
        // off unless asked for: a production install must never get the demo users (admin/demo)
        if (!"true".equalsIgnoreCase(com.acme.crm.shared.control.StartSettings.value("CRM_DEMO_DATA", "crm.demoData", "false"))) {
            LOG.info("No demo data (switch it on with CRM_DEMO_DATA=true or -Dcrm.demoData=true)");
            return;
        }
        if (em.createNamedQuery("CrmUser.count", Long.class).getSingleResult() > 0) {
            LOG.info("CRM ready at http://localhost:8080/crm/ (database already has users; demo data not reloaded)");
            return;
        }
        passwordHash = passwords.hashUnchecked(com.acme.crm.shared.control.StartSettings.value("CRM_DEMO_PASSWORD", "crm.demoPassword", "demo"));
        load();
        LOG.info("CRM ready at http://localhost:8080/crm/ with DEMO users admin, manager1, manager2, rep1, rep2,"
                + " support1 (password 'demo' unless CRM_DEMO_PASSWORD is set), loaded because CRM_DEMO_DATA or -Dcrm.demoData"
                + " is true. Demo only: never in production.");
    }

    private void load() {
        CrmUser admin = user("admin", "Alex Admin", Role.ADMIN);
        CrmUser manager1 = user("manager1", "Morgan Miles", Role.SALES_MANAGER);
        CrmUser manager2 = user("manager2", "Dana West", Role.SALES_MANAGER);
        CrmUser rep1 = user("rep1", "Riley Reed", Role.SALES_REP);
        CrmUser rep2 = user("rep2", "Sam Stone", Role.SALES_REP);
        user("support1", "Casey Care", Role.SUPPORT_AGENT);
        Team east = team("East", manager1, manager1, rep1);
        team("West", manager2, manager2, rep2);
        admin.joinTeam(null);
        em.flush();

        Account acme = account("Acme Corporation", "Technology", 2822, RevenueBand.OVER_1B, "www.acme-corp.example", "Boston", "United States", rep1);
        Contact jane = contact(acme, "Jane", "Hill", "CIO", "jane.hill@acme-corp.example", BuyingRole.DECISION_MAKER, rep1);
        contact(acme, "Tom", "Baker", "IT Manager", "tom.baker@acme-corp.example", BuyingRole.INFLUENCER, rep1);
        Account beta = account("Betatech", "Medical", 1185, RevenueBand.FROM_100M_TO_1B, "www.betatech.example", "Nairobi", "Kenya", rep1);
        Contact amina = contact(beta, "Amina", "Otieno", "Head of Procurement", "amina.otieno@betatech.example",
                BuyingRole.ECONOMIC_BUYER, rep1);
        account("Bioholding", "Medical", 1356, RevenueBand.FROM_100M_TO_1B, "www.bioholding.example", "Manila", "Philippines", manager1);
        Account cancore = account("Cancore", "Retail", 4287, RevenueBand.OVER_1B, "www.cancore.example", "Denver", "United States", rep2);
        Contact luis = contact(cancore, "Luis", "Ortega", "COO", "luis.ortega@cancore.example", BuyingRole.DECISION_MAKER, rep2);
        Account dalt = account("Dalttechnology", "Software", 2238, RevenueBand.OVER_1B, "www.dalttechnology.example", "Seattle",
                "United States", rep2);
        competitor("Globex CRM", "Cheap licences, large partner network", "Weak support, dated UI");
        competitor("Initech Suite", "Strong reporting", "Long implementations");
        catalogue();
        LocalDate today = LocalDate.now();
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        deal("Acme CRM rollout", acme, jane, rep1, "120000", today.plusDays(45), "Proposal", ForecastCategory.BEST_CASE);
        deal("Acme support renewal", acme, jane, rep1, "18000", monthEnd, "Negotiation", ForecastCategory.COMMIT);
        deal("Betatech lab licences", beta, amina, rep1, "64000", today.plusDays(60), "Needs assessment", ForecastCategory.PIPELINE);
        deal("Betatech pilot", beta, amina, rep1, "9500", monthEnd, "Qualification", ForecastCategory.BEST_CASE);
        deal("Cancore store tablets", cancore, luis, rep2, "230000", today.plusDays(75), "Prospecting", ForecastCategory.PIPELINE);
        deal("Dalttechnology analytics", dalt, null, rep2, "41000", monthEnd, "Prospecting", ForecastCategory.COMMIT);
        // some history, so that the dashboard, the forecast's accuracy and the quotas have something to show
        closedDeal("Acme first licences", acme, jane, rep1, "45000", lastMonth.minusMonths(1).plusDays(14), 40, true);
        closedDeal("Betatech trial", beta, amina, rep1, "30000", lastMonth.plusDays(14), 35, true);
        closedDeal("Betatech tender", beta, amina, rep1, "20000", lastMonth.plusDays(19), 50, false);
        closedDeal("Cancore POS pilot", cancore, luis, rep2, "80000", lastMonth.plusDays(9), 70, true);
        closedDeal("Dalttechnology dashboards", dalt, null, rep2, "15000", lastMonth.minusMonths(1).plusDays(4), 30, false);
        quotasAndSnapshots(rep1, rep2);
        em.flush();
        customerSince.recomputeAll();
        serviceRequest(acme, "Cannot log in after the password change", ServiceChannel.PHONE, ServiceType.PROBLEM, ServicePriority.HIGH);
        serviceRequest(beta, "Install the reporting module", ServiceChannel.ON_SITE, ServiceType.INSTALLATION, ServicePriority.NORMAL);
        serviceRequest(cancore, "How do we export the price list?", ServiceChannel.EMAIL, ServiceType.QUESTION, ServicePriority.LOW);
        LOG.info(() -> "Demo data loaded: 6 users, 2 teams (" + east.getName() + ", West), 5 accounts, 4 contacts, 6 deals,"
                + " a catalogue, 3 service requests, 5 closed deals, quotas");
    }

    private CrmUser user(String username, String name, Role role) {
        CrmUser user = new CrmUser(username, name, passwordHash);
        user.describe(name, username + "@crm.example");
        user.grantOnly(EnumSet.of(role));
        em.persist(user);
        return user;
    }

    private Team team(String name, CrmUser manager, CrmUser... members) {
        Team team = new Team(name);
        team.appointManager(manager);
        em.persist(team);
        for (CrmUser member : Set.of(members)) {
            member.joinTeam(team);
        }
        return team;
    }

    private Account account(String name, String industry, int employees, RevenueBand band, String website,
            String city, String country, CrmUser owner) {
        Account account = new Account(name, owner);
        account.describe(industry, employees, band);
        Address address = new Address();
        address.setCity(city);
        address.setCountry(country);
        account.reachAt(website, null, address);
        em.persist(account);
        return account;
    }

    private Contact contact(Account account, String first, String last, String title, String email, BuyingRole role,
            CrmUser owner) {
        Contact contact = new Contact(last, owner);
        contact.rename(first, last, title);
        contact.reachAt(email, null, null);
        contact.workFor(account, role);
        em.persist(contact);
        return contact;
    }

    private void competitor(String name, String strengths, String weaknesses) {
        Competitor competitor = new Competitor(name);
        competitor.describe(name, null, strengths, weaknesses, true);
        em.persist(competitor);
    }

    private void serviceRequest(Account account, String subject, ServiceChannel channel, ServiceType type, ServicePriority priority) {
        ServiceRequest request = new ServiceRequest(subject, account, channel, type, priority, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        sla.schedule(request, sla.clock());
        em.persist(request);
        em.persist(new ServiceEvent(request, request.getOpenedAt(), "system", ServiceEvent.Kind.OPENED, null, priority.name(), null, false));
    }

    /** A small product catalogue with a default EUR price list and a USD one. */
    private void catalogue() {
        PriceList eur = new PriceList("Standard EUR", "EUR");
        eur.describe("Standard EUR", "EUR", null, null, true, true);
        em.persist(eur);
        PriceList usd = new PriceList("Standard USD", "USD");
        usd.describe("Standard USD", "USD", null, null, false, true);
        em.persist(usd);
        String[][] products = {
            {"CRM-PRO", "CRM Professional licence", "Licences", "user/year", "480.00", "520.00"},
            {"CRM-ENT", "CRM Enterprise licence", "Licences", "user/year", "900.00", "980.00"},
            {"SUP-PREM", "Premium support", "Support", "year", "6000.00", "6500.00"},
            {"SVC-DAY", "Consulting day", "Services", "day", "1200.00", "1300.00"},
            {"TRN-CLASS", "Training class (up to 12 people)", "Services", "class", "2500.00", "2700.00"}};
        for (String[] p : products) {
            Product product = new Product(p[0]);
            product.describe(p[0], p[1], p[2], p[3], null, true);
            em.persist(product);
            em.persist(new PriceListEntry(eur, product, new BigDecimal(p[4])));
            em.persist(new PriceListEntry(usd, product, new BigDecimal(p[5])));
        }
    }

    /** A deal already in the given stage, with what that stage's criteria ask for filled in. */
    private void deal(String name, Account account, Contact contact, CrmUser owner, String amount, LocalDate close, String stageName,
            ForecastCategory category) {
        Opportunity deal = deals.open(name, account, contact, owner, null, new BigDecimal(amount), "EUR", close, "system");
        deal.qualify(new BigDecimal(amount), true, contact == null ? null : contact.getFirstName() + " " + contact.getLastName());
        deal.assessNeeds("Sales team works from spreadsheets", "One view of every customer", "Runs on our app servers", null);
        Stage stage = em.createNamedQuery("Stage.active", Stage.class).getResultStream()
                .filter(s -> s.getName().equals(stageName)).findFirst().orElseThrow();
        if (!stage.equals(deal.getStage())) {
            Stage from = deal.getStage();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            deal.enter(stage, now);
            moves.leaveCurrentStage(deal, now);
            em.persist(new StageMove(deal, from, stage, now, "system", null));
        }
        deal.forecastAs(category);
    }

    /** A deal won or lost on {@code closedOn} after {@code days} days, with its stage history. */
    private void closedDeal(String name, Account account, Contact contact, CrmUser owner, String amount, LocalDate closedOn, int days,
            boolean won) {
        Instant closed = closedOn.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        Instant opened = closed.minus(days, ChronoUnit.DAYS);
        List<Stage> stages = em.createNamedQuery("Stage.active", Stage.class).getResultList();
        Stage first = stages.get(0);
        Stage end = stages.stream().filter(s -> s.getKind() == (won ? StageKind.WON : StageKind.LOST)).findFirst().orElseThrow();
        Opportunity deal = new Opportunity(name, account, contact, owner, null, first, opened);
        deal.estimate(new BigDecimal(amount), "EUR", LocalDate.ofInstant(closed, java.time.ZoneOffset.UTC));
        deal.qualify(new BigDecimal(amount), true, contact == null ? null : contact.getFirstName() + " " + contact.getLastName());
        em.persist(deal);
        StageMove entered = new StageMove(deal, null, first, opened, "system", null);
        em.persist(entered);
        if (!won) {
            deal.recordLoss(LossReason.PRICE, "Went with a cheaper offer", null);
        }
        deal.enter(end, closed);
        entered.leave(closed);
        em.persist(new StageMove(deal, first, end, closed, "system", "demo history"));
    }

    /** Monthly quotas for the year, and last month's forecast as it was frozen three weeks before it ended. */
    private void quotasAndSnapshots(CrmUser... reps) {
        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        for (CrmUser rep : reps) {
            for (int month = 1; month <= 12; month++) {
                Quota quota = new Quota(rep, LocalDate.of(thisMonth.getYear(), month, 1));
                quota.set(new BigDecimal("60000.00"), "EUR");
                em.persist(quota);
            }
            BigDecimal commit = new BigDecimal(rep.getUsername().equals("rep1") ? "40000.00" : "70000.00");
            em.persist(new ForecastSnapshot(lastMonth.plusDays(7).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                    ForecastSnapshot.Reason.WEEKLY, null, "system", rep.getId(), rep.getTeamId(), PeriodKind.MONTH, lastMonth, "EUR",
                    BigDecimal.ZERO.setScale(2), commit, commit.add(new BigDecimal("15000.00")), commit, commit.divide(BigDecimal.TEN)));
        }
    }
}
