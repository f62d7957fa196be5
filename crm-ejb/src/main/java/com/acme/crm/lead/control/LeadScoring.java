package com.acme.crm.lead.control;

import com.acme.crm.lead.boundary.LeadRating;
import com.acme.crm.lead.boundary.ScoreFactorData;
import com.acme.crm.lead.entity.Bant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Scores a lead 0-100 from BANT, fit (industry, company size) and engagement (activities in
 * the last 30 days), and says which factor gave how many points, so that a rep can see why
 * a lead is hot and what is missing. Pure: the caller supplies the rules and today's date.
 */
public final class LeadScoring {

    private LeadScoring() {
    }

    /** A score, its rating and the points of each factor. */
    public record Score(int total, LeadRating rating, List<ScoreFactorData> factors) {
    }

    /** What the scoring needs to know of a lead besides BANT. */
    public record Profile(Bant bant, String industry, Integer employees, int recentActivities) {
    }

    public static Score score(Profile lead, ScoringRules rules, LocalDate today) {
        Bant bant = lead.bant();
        List<ScoreFactorData> factors = List.of(
                budget(bant, rules.budgetWeight()),
                authority(bant, rules.authorityWeight()),
                need(bant, rules.needWeight()),
                timeline(bant, rules.timelineWeight(), today),
                fit(lead, rules),
                engagement(lead.recentActivities(), rules.engagementWeight()));
        int earned = factors.stream().mapToInt(ScoreFactorData::getPoints).sum();
        int possible = rules.totalWeight();
        int total = possible <= 0 ? 0 : Math.round(100f * earned / possible);
        LeadRating rating = total >= rules.hotThreshold() ? LeadRating.HOT
                : total >= rules.warmThreshold() ? LeadRating.WARM : LeadRating.COLD;
        return new Score(total, rating, factors);
    }

    private static ScoreFactorData budget(Bant bant, int weight) {
        if (bant.isBudgetConfirmed()) {
            return factor("Budget", 1.0, weight, "budget confirmed");
        }
        return bant.isBudgetKnown() ? factor("Budget", 0.5, weight, "budget named but not confirmed")
                : factor("Budget", 0, weight, "budget unknown");
    }

    private static ScoreFactorData authority(Bant bant, int weight) {
        if (Boolean.TRUE.equals(bant.getDecisionMaker())) {
            return factor("Authority", 1.0, weight, "talking to the decision maker");
        }
        return bant.getDecisionMakerName() != null
                ? factor("Authority", 0.5, weight, "decision maker known: " + bant.getDecisionMakerName())
                : factor("Authority", 0, weight, "decision maker unknown");
    }

    private static ScoreFactorData need(Bant bant, int weight) {
        if (!bant.isNeedKnown()) {
            return factor("Need", 0, weight, "need unknown");
        }
        return switch (bant.getNeedUrgency() == null ? com.acme.crm.lead.boundary.NeedUrgency.LOW : bant.getNeedUrgency()) {
            case HIGH -> factor("Need", 1.0, weight, "urgent need");
            case MEDIUM -> factor("Need", 0.7, weight, "need of medium urgency");
            case LOW -> factor("Need", 0.4, weight, "need known, not urgent");
        };
    }

    private static ScoreFactorData timeline(Bant bant, int weight, LocalDate today) {
        if (!bant.isTimelineKnown()) {
            return factor("Timeline", 0, weight, "purchase date unknown");
        }
        long days = ChronoUnit.DAYS.between(today, bant.getExpectedPurchaseDate());
        if (days < 0) {
            return factor("Timeline", 0.5, weight, "expected purchase date has passed: ask again");
        }
        if (days <= 90) {
            return factor("Timeline", 1.0, weight, "buys within 3 months");
        }
        if (days <= 180) {
            return factor("Timeline", 0.7, weight, "buys within 6 months");
        }
        return days <= 365 ? factor("Timeline", 0.4, weight, "buys within a year")
                : factor("Timeline", 0.1, weight, "buys in more than a year");
    }

    private static ScoreFactorData fit(Profile lead, ScoringRules rules) {
        double size = lead.employees() == null ? 0 : lead.employees() >= 1000 ? 0.6 : lead.employees() >= 100 ? 0.45
                : lead.employees() >= 10 ? 0.3 : 0.1;
        String industry = lead.industry() == null ? null : lead.industry().strip().toLowerCase(Locale.ROOT);
        double industryFit = industry == null || industry.isEmpty() ? 0
                : rules.targetIndustries().isEmpty() ? 0.2 : rules.targetIndustries().contains(industry) ? 0.4 : 0;
        String reason = (lead.employees() == null ? "size unknown" : lead.employees() + " employees") + ", "
                + (industry == null ? "industry unknown" : industryFit >= 0.4 ? "target industry"
                : rules.targetIndustries().isEmpty() ? "industry known" : "not a target industry");
        return factor("Fit", Math.min(1.0, size + industryFit), rules.fitWeight(), reason);
    }

    private static ScoreFactorData engagement(int recentActivities, int weight) {
        double share = recentActivities <= 0 ? 0 : recentActivities == 1 ? 0.4 : recentActivities == 2 ? 0.7 : 1.0;
        return factor("Engagement", share, weight, recentActivities + " activities in the last 30 days");
    }

    private static ScoreFactorData factor(String name, double share, int weight, String reason) {
        return new ScoreFactorData(name, (int) Math.round(share * Math.max(weight, 0)), Math.max(weight, 0), reason);
    }
}
