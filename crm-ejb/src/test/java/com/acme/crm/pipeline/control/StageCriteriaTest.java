package com.acme.crm.pipeline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Competitor;
import com.acme.crm.pipeline.entity.DealContact;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each default entry criterion, and the move policy around them (override, reopening, same stage). */
class StageCriteriaTest {

    private final Account account = new Account("Initech", null);
    private final Contact peter = new Contact("Gibbons", null);
    private final List<DealContact> involved = new ArrayList<>();
    private final DealContacts contacts = new DealContacts() {
        @Override
        public List<DealContact> of(Opportunity deal) {
            return involved;
        }
    };

    private Opportunity deal() {
        Stage first = stage("Prospecting", 1, StageKind.OPEN);
        return new Opportunity("TPS reports", account, null, null, null, first, Instant.parse("2026-11-01T09:00:00Z"));
    }

    @Test
    void bantCompleteNamesEachMissingPartAndAcceptsADecisionMakerContact() {
        BantComplete bant = new BantComplete();
        bant.contacts = contacts;
        Opportunity deal = deal();
        assertEquals(List.of("budgetAmount", "decisionMaker", "needsProblems", "expectedCloseDate"), fields(bant.missing(deal)));

        deal.qualify(new BigDecimal("50000"), false, null);
        deal.assessNeeds("Reports are late", null, null, null);
        deal.estimate(null, null, LocalDate.of(2027, 2, 1));
        involved.add(new DealContact(deal, peter, BuyingRole.ECONOMIC_BUYER));
        assertEquals(List.of(), bant.missing(deal), "an economic buyer among the deal's contacts is the authority");
    }

    @Test
    void needsAssessmentNeedsAPrimaryContactWithARoleInThisDeal() {
        PrimaryContactWithRole criterion = new PrimaryContactWithRole();
        criterion.contacts = contacts;
        Opportunity deal = deal();
        assertTrue(criterion.missing(deal).get(0).getMessage().contains("no primary contact"));
        deal.workWith(account, peter);
        involved.add(new DealContact(deal, peter, null));
        assertTrue(criterion.missing(deal).get(0).getMessage().contains("buying role"));
        involved.get(0).playRole(BuyingRole.CHAMPION);
        assertEquals(List.of(), criterion.missing(deal));
    }

    @Test
    void proposalNeedsRecordedNeedsAndAnAmountOrProducts() {
        NeedsAndValue criterion = new NeedsAndValue();
        Opportunity deal = deal();
        assertEquals(List.of("needsProblems", "needsGoals", "amount"), fields(criterion.missing(deal)));
        deal.assessNeeds("Reports are late", null, "Cover sheets", "Reporting suite");
        assertEquals(List.of(), criterion.missing(deal), "requirements instead of goals, products instead of an amount");
    }

    @Test
    void lostNeedsAReasonAndTheCompetitorWhenLostToOne() {
        LossReasonGiven criterion = new LossReasonGiven();
        Opportunity deal = deal();
        assertEquals(List.of("lossReason"), fields(criterion.missing(deal)));
        deal.recordLoss(LossReason.LOST_TO_COMPETITOR, null, null);
        assertEquals(List.of("lostToCompetitorId"), fields(criterion.missing(deal)));
        deal.recordLoss(LossReason.LOST_TO_COMPETITOR, null, new Competitor("Initrode"));
        assertEquals(List.of(), criterion.missing(deal));
        deal.recordLoss(LossReason.PRICE, "too expensive", null);
        assertEquals(List.of(), criterion.missing(deal));
    }

    @Test
    void unmetCriteriaRefuseAMoveUnlessAManagerOverridesWithAReason() {
        Stage from = stage("Prospecting", 1, StageKind.OPEN);
        Stage to = stage("Proposal", 4, StageKind.OPEN);
        List<FieldError> missing = List.of(new FieldError("amount", "there is neither an amount nor products of interest"));

        CriteriaNotMetException refused = assertThrows(CriteriaNotMetException.class,
                () -> MovePolicy.check("TPS", from, to, missing, null, false));
        assertEquals("Cannot move \"TPS\" to Proposal: there is neither an amount nor products of interest."
                + " Complete the deal, or ask your manager to override.", refused.getMessage());
        assertThrows(CriteriaNotMetException.class, () -> MovePolicy.check("TPS", from, to, missing, "trust me", false),
                "a rep cannot override");
        assertThrows(CriteriaNotMetException.class, () -> MovePolicy.check("TPS", from, to, missing, "  ", true),
                "an override needs a reason");
        assertEquals("CEO asked for a quote today (overrode: there is neither an amount nor products of interest)",
                MovePolicy.check("TPS", from, to, missing, "CEO asked for a quote today", true));
        assertEquals(null, MovePolicy.check("TPS", from, to, List.of(), null, false), "criteria met: nothing to record");
    }

    @Test
    void reopeningAClosedDealIsAManagersActionAndStayingPutIsNoMove() {
        Stage lost = stage("Closed lost", 7, StageKind.LOST);
        Stage open = stage("Negotiation", 5, StageKind.OPEN);
        assertThrows(AccessDeniedException.class, () -> MovePolicy.check("TPS", lost, open, List.of(), null, false));
        assertEquals(null, MovePolicy.check("TPS", lost, open, List.of(), null, true));
        assertThrows(InvalidInputException.class, () -> MovePolicy.check("TPS", open, open, List.of(), null, true));
    }

    @Test
    void daysInStageRunFromEachMoveToTheNextAndTheLastUntilNow() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        assertEquals(List.of(3L, 10L, 0L), StageAge.daysAfterEach(List.of(start, start.plusSeconds(3 * 86400 + 60),
                start.plusSeconds(13 * 86400 + 120)), start.plusSeconds(13 * 86400 + 3600)));
    }

    private static Stage stage(String name, int position, StageKind kind) {
        Stage stage = new Stage(name, kind);
        stage.configure(name, position, 10, kind, kind.isClosed() ? null : 30, true, Set.of());
        return stage;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::getField).toList();
    }
}
