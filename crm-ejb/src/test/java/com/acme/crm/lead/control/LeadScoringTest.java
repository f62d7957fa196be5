package com.acme.crm.lead.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.lead.boundary.LeadRating;
import com.acme.crm.lead.boundary.NeedUrgency;
import com.acme.crm.lead.boundary.ScoreFactorData;
import com.acme.crm.lead.entity.Bant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadScoringTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void unknownLeadScoresZeroAndIsCold() {
        LeadScoring.Score score = LeadScoring.score(new LeadScoring.Profile(new Bant(), null, null, 0),
                ScoringRules.DEFAULTS, TODAY);
        assertEquals(0, score.total());
        assertEquals(LeadRating.COLD, score.rating());
        assertEquals(6, score.factors().size());
    }

    @Test
    void fullyQualifiedEngagedBigCustomerIsHot() {
        Bant bant = new Bant(new BigDecimal("50000"), "EUR", true, true, null, "replace old ERP", NeedUrgency.HIGH,
                TODAY.plusDays(30));
        LeadScoring.Score score = LeadScoring.score(new LeadScoring.Profile(bant, "Retail", 5000, 3),
                rulesTargeting("retail"), TODAY);
        assertEquals(100, score.total());
        assertEquals(LeadRating.HOT, score.rating());
    }

    @Test
    void eachFactorExplainsItsPoints() {
        Bant bant = new Bant(new BigDecimal("1000"), "EUR", false, null, "Dr. Boss", "needs CRM", NeedUrgency.MEDIUM,
                TODAY.plusDays(150));
        LeadScoring.Score score = LeadScoring.score(new LeadScoring.Profile(bant, "Mining", 50, 1),
                ScoringRules.DEFAULTS, TODAY);
        assertFactor(score, "Budget", 10, "budget named but not confirmed");
        assertFactor(score, "Authority", 8, "decision maker known: Dr. Boss");
        assertFactor(score, "Need", 14, "need of medium urgency");
        assertFactor(score, "Timeline", 11, "buys within 6 months");
        assertFactor(score, "Fit", 8, "50 employees, industry known");
        assertFactor(score, "Engagement", 6, "1 activities in the last 30 days");
        assertEquals(57, score.total()); // 57 of 100 possible points
        assertEquals(LeadRating.WARM, score.rating());
    }

    @Test
    void changedWeightsKeepTheScoreWithin0To100() {
        ScoringRules budgetOnly = new ScoringRules(50, 0, 0, 0, 0, 0, 70, 40, Set.of(), true, true, true);
        Bant confirmed = new Bant(new BigDecimal("1"), "EUR", true, null, null, null, null, null);
        assertEquals(100, LeadScoring.score(new LeadScoring.Profile(confirmed, null, null, 0), budgetOnly, TODAY).total());
        Bant named = new Bant(new BigDecimal("1"), "EUR", false, null, null, null, null, null);
        assertEquals(50, LeadScoring.score(new LeadScoring.Profile(named, null, null, 0), budgetOnly, TODAY).total());
    }

    @Test
    void industryOutsideTheTargetsGivesNoFitPoints() {
        LeadScoring.Score score = LeadScoring.score(new LeadScoring.Profile(new Bant(), "Mining", null, 0),
                rulesTargeting("retail"), TODAY);
        assertFactor(score, "Fit", 0, "size unknown, not a target industry");
    }

    @Test
    void passedPurchaseDateCountsHalfAndSaysSo() {
        Bant bant = new Bant(null, null, false, null, null, null, null, TODAY.minusDays(1));
        LeadScoring.Score score = LeadScoring.score(new LeadScoring.Profile(bant, null, null, 0), ScoringRules.DEFAULTS, TODAY);
        ScoreFactorData timeline = factor(score, "Timeline");
        assertEquals(8, timeline.getPoints());
        assertTrue(timeline.getReason().contains("passed"));
    }

    @Test
    void thresholdsDecideTheRating() {
        ScoringRules strict = new ScoringRules(20, 15, 20, 15, 15, 15, 95, 90, Set.of(), true, true, true);
        Bant bant = new Bant(new BigDecimal("50000"), "EUR", true, true, null, "x", NeedUrgency.HIGH, TODAY.plusDays(30));
        assertEquals(LeadRating.COLD, LeadScoring.score(new LeadScoring.Profile(bant, null, null, 0), strict, TODAY).rating());
    }

    private static ScoringRules rulesTargeting(String industry) {
        return new ScoringRules(20, 15, 20, 15, 15, 15, 70, 40, Set.of(industry), true, true, true);
    }

    private static void assertFactor(LeadScoring.Score score, String name, int points, String reason) {
        ScoreFactorData factor = factor(score, name);
        assertEquals(points, factor.getPoints(), name);
        assertEquals(reason, factor.getReason());
    }

    private static ScoreFactorData factor(LeadScoring.Score score, String name) {
        return score.factors().stream().filter(f -> f.getFactor().equals(name)).findFirst().orElseThrow();
    }
}
