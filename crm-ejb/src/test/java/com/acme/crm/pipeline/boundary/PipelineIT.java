package com.acme.crm.pipeline.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.notification.boundary.NotificationData;
import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.TestClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deals in the container: stage moves with their criteria, history, override, reopening, the attention watch, the board. */
@ExtendWith(ArquillianExtension.class)
class PipelineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject Opportunities opportunities;
    @Inject PipelineAdministration administration;
    @Inject Accounts accounts;
    @Inject Notifications notifications;

    @Test
    void aDealMovesOnlyWhenTheStageCriteriaAreMetAndEveryMoveIsRecorded() {
        AccountData account = account(unique("Initech"));
        OpportunityData deal = as("rep1", () -> opportunities.createOpportunity(deal(account, "Reporting suite", null)));
        assertEquals("Prospecting", deal.getStageName());
        assertEquals(10, deal.getProbability());

        CriteriaNotMetException refused = assertThrows(CriteriaNotMetException.class,
                () -> as("rep1", () -> opportunities.moveOpportunity(deal.getId(), new MoveData(deal.getVersion(), stage("Qualification")))));
        assertEquals(List.of("budgetAmount", "decisionMaker", "needsProblems", "expectedCloseDate"),
                refused.getFieldErrors().stream().map(FieldError::getField).toList());
        assertEquals("Prospecting", as("rep1", () -> opportunities.getOpportunity(deal.getId())).getStageName(), "nothing moved");

        OpportunityData qualified = update(deal, d -> {
            d.setBudgetAmount(new BigDecimal("80000"));
            d.setDecisionMaker("Bill Lumbergh");
            d.setNeedsProblems("Reports are late");
            d.setExpectedCloseDate(LocalDate.now().plusMonths(2));
            d.setAmount(new BigDecimal("75000.00"));
        });
        OpportunityData inQualification = move(qualified, "Qualification");
        assertEquals(20, inQualification.getProbability(), "the stage's probability applies");

        assertThrows(CriteriaNotMetException.class, () -> move(inQualification, "Needs assessment"));
        ContactData peter = as("rep1", () -> accounts.createContact(contact(account, "Gibbons")));
        OpportunityData withContact = as("rep1", () -> opportunities.involveContact(inQualification.getId(),
                inQualification.getVersion(), peter.getId(), BuyingRole.CHAMPION, true));
        assertEquals(peter.getId(), withContact.getPrimaryContactId());
        OpportunityData assessed = move(withContact, "Needs assessment");

        CriteriaNotMetException proposal = assertThrows(CriteriaNotMetException.class, () -> move(assessed, "Proposal"));
        assertEquals(List.of("needsGoals"), proposal.getFieldErrors().stream().map(FieldError::getField).toList());
        OpportunityData proposed = move(update(assessed, d -> d.setNeedsGoals("Reports on time every Friday")), "Proposal");
        OpportunityData back = move(proposed, "Qualification");

        List<StageMoveData> history = as("rep1", () -> opportunities.getStageHistory(back.getId()));
        assertEquals(List.of("Prospecting", "Qualification", "Needs assessment", "Proposal", "Qualification"),
                history.stream().map(StageMoveData::getToStage).toList());
        assertEquals(List.of(false, false, false, false, true), history.stream().map(StageMoveData::isBackwards).toList());
        assertEquals(new BigDecimal("75000.00"), history.get(3).getAmount());
        assertEquals(60, history.get(3).getProbability());
        assertEquals("rep1", history.get(4).getMovedBy());
        assertTrue(history.get(4).isCurrent());
        assertThrows(AccessDeniedException.class, () -> as("rep2", () -> opportunities.getOpportunity(back.getId())));
    }

    @Test
    void jumpingAheadMeetsTheCriteriaOfEveryStagePassedAndAPastCloseDateIsRefused() {
        AccountData account = account(unique("Vandelay"));
        OpportunityData deal = as("rep1", () -> opportunities.createOpportunity(deal(account, "Latex imports", null)));
        OpportunityData needsOnly = update(deal, d -> {
            d.setNeedsProblems("Imports are slow");
            d.setNeedsGoals("Twice as fast");
            d.setAmount(new BigDecimal("12000.00"));
        });
        CriteriaNotMetException skipped = assertThrows(CriteriaNotMetException.class, () -> move(needsOnly, "Proposal"),
                "Proposal's own criteria are met, but Qualification's and Needs assessment's are not");
        List<String> fields = skipped.getFieldErrors().stream().map(FieldError::getField).toList();
        assertTrue(fields.containsAll(List.of("budgetAmount", "decisionMaker", "expectedCloseDate", "primaryContactId")), fields.toString());
        assertTrue(skipped.getFieldErrors().get(0).getMessage().contains("(needed from Qualification on)"),
                skipped.getFieldErrors().get(0).getMessage());
        assertEquals("Prospecting", as("rep1", () -> opportunities.getOpportunity(deal.getId())).getStageName());

        MoveData override = new MoveData(as("rep1", () -> opportunities.getOpportunity(deal.getId())).getVersion(), stage("Proposal"));
        override.setOverrideReason("Framework agreement signed at headquarters");
        assertEquals("Proposal", as("manager1", () -> opportunities.moveOpportunity(deal.getId(), override)).getStageName(),
                "a manager may still override, with a reason");

        OpportunityData current = as("rep1", () -> opportunities.getOpportunity(deal.getId()));
        current.setExpectedCloseDate(LocalDate.now().minusDays(1));
        InvalidInputException past = assertThrows(InvalidInputException.class, () -> as("rep1", () -> opportunities.updateOpportunity(current)));
        assertEquals("expectedCloseDate", past.getFieldErrors().get(0).getField());
    }

    @Test
    void managersOverrideWithAReasonLostDealsSayWhyAndOnlyManagersReopen() {
        AccountData account = account(unique("Initrode"));
        OpportunityData deal = as("rep1", () -> opportunities.createOpportunity(deal(account, "Stapler fleet", null)));
        long proposal = stage("Proposal");
        MoveData override = new MoveData(deal.getVersion(), proposal);
        override.setOverrideReason("Customer asked for a proposal at the trade fair");
        assertThrows(CriteriaNotMetException.class, () -> as("rep1", () -> opportunities.moveOpportunity(deal.getId(), override)),
                "a rep cannot override");
        OpportunityData overridden = as("manager1", () -> opportunities.moveOpportunity(deal.getId(), override));
        assertEquals("Proposal", overridden.getStageName());
        String recorded = as("rep1", () -> opportunities.getStageHistory(deal.getId())).get(1).getOverrideReason();
        assertTrue(recorded.startsWith("Customer asked for a proposal at the trade fair (overrode: "), recorded);

        CompetitorData rival = new CompetitorData();
        rival.setName(unique("Initrode Rival"));
        CompetitorData saved = as("admin", () -> administration.saveCompetitor(rival));
        MoveData lost = new MoveData(overridden.getVersion(), stage("Closed lost"));
        lost.setLossReason(LossReason.LOST_TO_COMPETITOR);
        CriteriaNotMetException which = assertThrows(CriteriaNotMetException.class,
                () -> as("rep1", () -> opportunities.moveOpportunity(deal.getId(), lost)));
        assertEquals("lostToCompetitorId", which.getFieldErrors().get(0).getField());
        lost.setLostToCompetitorId(saved.getId());
        OpportunityData closed = as("rep1", () -> opportunities.moveOpportunity(deal.getId(), lost));
        assertEquals(StageKind.LOST, closed.getStageKind());
        assertEquals(saved.getName(), closed.getLostToCompetitorName());

        MoveData reopen = new MoveData(closed.getVersion(), stage("Prospecting"));
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> opportunities.moveOpportunity(deal.getId(), reopen)));
        OpportunityData reopened = as("manager1", () -> opportunities.moveOpportunity(deal.getId(), reopen));
        assertEquals("Prospecting", reopened.getStageName());
        assertNull(reopened.getLossReason(), "a reopened deal is no longer lost");
    }

    @Test
    void theWatchFlagsStaleAndOverdueDealsAndNotifiesOwnerAndManagerOnce() {
        AccountData account = account(unique("Penetrode"));
        OpportunityData deal = as("rep1", () -> opportunities.createOpportunity(deal(account, "Flair", LocalDate.now().plusDays(10))));
        as("admin", () -> opportunities.checkPipeline());
        assertFalse(as("rep1", () -> opportunities.getOpportunity(deal.getId())).isStale(), "a fresh deal is fine");

        TestClock.later(Duration.ofDays(31), () -> {
            as("admin", () -> opportunities.checkPipeline());
            OpportunityData flagged = as("rep1", () -> opportunities.getOpportunity(deal.getId()));
            assertTrue(flagged.isStale(), "31 days in Prospecting, limit 30");
            assertTrue(flagged.isPastClose(), "the close date was 10 days ago");
            as("admin", () -> opportunities.checkPipeline());
            return null;
        });
        assertEquals(2, notificationsAbout(deal, "rep1"), "stale and past close, each once although checked twice");
        assertEquals(2, notificationsAbout(deal, "manager1"), "the owner's team manager hears it too");
        assertEquals(0, notificationsAbout(deal, "manager2"));
        assertTrue(as("rep1", () -> opportunities.findOpportunities(new PageQuery(0, 200, null, true, account.getName(),
                Map.of("attention", "true")))).getItems().stream().anyMatch(o -> o.getId().equals(deal.getId())));

        OpportunityData later = as("rep1", () -> opportunities.getOpportunity(deal.getId()));
        OpportunityData moved = update(later, d -> d.setExpectedCloseDate(LocalDate.now().plusMonths(3)));
        as("admin", () -> opportunities.checkPipeline());
        assertFalse(as("rep1", () -> opportunities.getOpportunity(moved.getId())).isPastClose(), "a new close date ends the flag");
    }

    @Test
    void boardColumnsTotalPerCurrencyOverEveryMatchingDeal() {
        AccountData account = account(unique("Chotchkies"));
        for (String[] d : new String[][] {{"1000.00", "EUR"}, {"2000.50", "EUR"}, {"500.00", "USD"}}) {
            OpportunityData deal = deal(account, "Flair " + d[0], null);
            deal.setAmount(new BigDecimal(d[0]));
            deal.setCurrency(d[1]);
            as("rep1", () -> opportunities.createOpportunity(deal));
        }
        BoardColumnData prospecting = as("rep1", () -> opportunities.board(new PageQuery(0, 20, null, true, account.getName(), null)))
                .stream().filter(c -> c.getStageName().equals("Prospecting")).findFirst().orElseThrow();
        assertEquals(3, prospecting.getCount());
        assertEquals("EUR", prospecting.getTotals().get(0).getCurrency());
        assertEquals(0, new BigDecimal("3000.50").compareTo(prospecting.getTotals().get(0).getTotal()));
        assertEquals(new BigDecimal("300.05"), prospecting.getTotals().get(0).getWeighted());
        assertEquals(new BigDecimal("50.00"), prospecting.getTotals().get(1).getWeighted());
        assertEquals(List.of("Flair 2000.50", "Flair 1000.00", "Flair 500.00"),
                prospecting.getCards().stream().map(OpportunityData::getName).toList(), "largest first");
        assertTrue(as("rep2", () -> opportunities.board(new PageQuery(0, 20, null, true, account.getName(), null)))
                .stream().allMatch(c -> c.getCount() == 0), "another team sees none of them");
    }

    private long notificationsAbout(OpportunityData deal, String user) {
        List<NotificationData> mine = as(user, () -> notifications.mine(new PageQuery(0, 200))).getItems();
        return mine.stream().filter(n -> deal.getId().equals(n.getOpportunityId())).count();
    }

    private OpportunityData move(OpportunityData deal, String stageName) {
        return as("rep1", () -> opportunities.moveOpportunity(deal.getId(), new MoveData(deal.getVersion(), stage(stageName))));
    }

    private OpportunityData update(OpportunityData deal, java.util.function.Consumer<OpportunityData> change) {
        change.accept(deal);
        return as("rep1", () -> opportunities.updateOpportunity(deal));
    }

    private long stage(String name) {
        return as("rep1", () -> opportunities.getStages()).stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    private AccountData account(String name) {
        AccountData account = new AccountData();
        account.setName(name);
        return as("rep1", () -> accounts.createAccount(account));
    }

    private static ContactData contact(AccountData account, String lastName) {
        ContactData contact = new ContactData();
        contact.setLastName(lastName);
        contact.setAccountId(account.getId());
        return contact;
    }

    private static OpportunityData deal(AccountData account, String name, LocalDate closeDate) {
        OpportunityData deal = new OpportunityData();
        deal.setName(name);
        deal.setAccountId(account.getId());
        deal.setCurrency("EUR");
        deal.setExpectedCloseDate(closeDate);
        return deal;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
