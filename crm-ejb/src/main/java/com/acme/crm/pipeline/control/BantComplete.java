package com.acme.crm.pipeline.control;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Budget, authority, need and timeline are all known. */
@Dependent
public class BantComplete implements StageCriterion {

    @Inject
    DealContacts contacts;

    @Override
    public String code() {
        return "BANT_COMPLETE";
    }

    @Override
    public String description() {
        return "BANT complete: budget, decision maker, the customer's problem and an expected close date are known";
    }

    @Override
    public List<FieldError> missing(Opportunity deal) {
        List<FieldError> missing = new ArrayList<>();
        if (deal.getBudgetAmount() == null) {
            missing.add(new FieldError("budgetAmount", "the budget is not known"));
        }
        if (isBlank(deal.getDecisionMaker()) && !contacts.anyWithRole(deal, BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER)) {
            missing.add(new FieldError("decisionMaker", "the decision maker is not known (name them, or add a contact"
                    + " with the role decision maker or economic buyer)"));
        }
        if (isBlank(deal.getNeedsProblems())) {
            missing.add(new FieldError("needsProblems", "the customer's problem (need) is not recorded"));
        }
        if (deal.getExpectedCloseDate() == null) {
            missing.add(new FieldError("expectedCloseDate", "the expected close date (timeline) is not set"));
        }
        return missing;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
