package com.acme.crm.lead.control;

import com.acme.crm.lead.entity.Bant;
import com.acme.crm.shared.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What must be known before a lead may be qualified (admin setting; default: need and
 * timeline, and budget or authority). A qualified lead becomes a deal, and a deal whose
 * need or timing nobody knows only inflates the pipeline.
 */
public final class BantMinimum {

    private BantMinimum() {
    }

    /** The missing parts, as field errors naming the fields to fill in; empty when complete. */
    public static List<FieldError> missing(Bant bant, ScoringRules rules) {
        List<FieldError> missing = new ArrayList<>();
        if (rules.requireNeed() && !bant.isNeedKnown()) {
            missing.add(new FieldError("need", "must be known to qualify the lead"));
        }
        if (rules.requireTimeline() && !bant.isTimelineKnown()) {
            missing.add(new FieldError("expectedPurchaseDate", "must be known to qualify the lead"));
        }
        if (rules.requireBudgetOrAuthority() && !bant.isBudgetKnown() && !bant.isAuthorityKnown()) {
            missing.add(new FieldError("budgetAmount", "or the decision maker must be known to qualify the lead"));
        }
        return missing;
    }
}
