package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a proposal: the needs assessment is recorded, and we know what we would sell (an
 * amount, or the products of interest; quote lines will count too once quotes exist).
 */
@Dependent
public class NeedsAndValue implements StageCriterion {

    @Override
    public String code() {
        return "NEEDS_AND_VALUE";
    }

    @Override
    public String description() {
        return "needs recorded (problems and goals or requirements) and an amount or products of interest";
    }

    @Override
    public List<FieldError> missing(Opportunity deal) {
        List<FieldError> missing = new ArrayList<>();
        if (BantComplete.isBlank(deal.getNeedsProblems())) {
            missing.add(new FieldError("needsProblems", "the customer's problems are not recorded"));
        }
        if (BantComplete.isBlank(deal.getNeedsGoals()) && BantComplete.isBlank(deal.getNeedsRequirements())) {
            missing.add(new FieldError("needsGoals", "neither the customer's goals nor their requirements are recorded"));
        }
        if (deal.getAmount() == null && BantComplete.isBlank(deal.getProductsOfInterest())) {
            missing.add(new FieldError("amount", "there is neither an amount nor products of interest"));
        }
        return missing;
    }
}
