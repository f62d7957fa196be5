package com.acme.crm.lead.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.lead.entity.Bant;
import com.acme.crm.shared.api.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BantMinimumTest {

    static final LocalDate DATE = LocalDate.of(2027, 2, 1);

    @Test
    void defaultNeedsNeedTimelineAndBudgetOrAuthority() {
        assertEquals(List.of("need", "expectedPurchaseDate", "budgetAmount"), fields(new Bant(), ScoringRules.DEFAULTS));
        Bant withAuthority = new Bant(null, null, false, true, null, "a need", null, DATE);
        assertTrue(BantMinimum.missing(withAuthority, ScoringRules.DEFAULTS).isEmpty());
        Bant withBudget = new Bant(new BigDecimal("10"), "EUR", false, null, null, "a need", null, DATE);
        assertTrue(BantMinimum.missing(withBudget, ScoringRules.DEFAULTS).isEmpty());
    }

    @Test
    void knowingThatThisPersonIsNotTheDecisionMakerIsNotEnough() {
        Bant bant = new Bant(null, null, false, false, null, "a need", null, DATE);
        assertEquals(List.of("budgetAmount"), fields(bant, ScoringRules.DEFAULTS));
    }

    @Test
    void adminCanRelaxTheMinimum() {
        ScoringRules lenient = new ScoringRules(20, 15, 20, 15, 15, 15, 70, 40, Set.of(), true, false, false);
        assertEquals(List.of("need"), fields(new Bant(), lenient));
    }

    private static List<String> fields(Bant bant, ScoringRules rules) {
        return BantMinimum.missing(bant, rules).stream().map(FieldError::getField).toList();
    }
}
