package com.acme.crm.lead.control;

import java.util.Set;

/**
 * The scoring weights (the most points each factor can give) and rating thresholds an admin
 * sets, and the BANT minimum for qualifying. The score is the points earned as a share of
 * all points possible, so it stays within 0-100 whatever the weights add up to.
 */
public record ScoringRules(int budgetWeight, int authorityWeight, int needWeight, int timelineWeight,
        int fitWeight, int engagementWeight, int hotThreshold, int warmThreshold, Set<String> targetIndustries,
        boolean requireNeed, boolean requireTimeline, boolean requireBudgetOrAuthority) {

    public static final ScoringRules DEFAULTS = new ScoringRules(20, 15, 20, 15, 15, 15, 70, 40, Set.of(),
            true, true, true);

    public ScoringRules {
        targetIndustries = Set.copyOf(targetIndustries);
    }

    int totalWeight() {
        return budgetWeight + authorityWeight + needWeight + timelineWeight + fitWeight + engagementWeight;
    }
}
