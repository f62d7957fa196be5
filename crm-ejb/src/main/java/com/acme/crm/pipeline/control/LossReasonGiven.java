package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import java.util.List;

/** A lost deal says why; lost to a competitor, also to which one. */
@Dependent
public class LossReasonGiven implements StageCriterion {

    @Override
    public String code() {
        return "LOSS_REASON";
    }

    @Override
    public String description() {
        return "a loss reason, and the competitor when lost to one";
    }

    @Override
    public List<FieldError> missing(Opportunity deal) {
        if (deal.getLossReason() == null) {
            return List.of(new FieldError("lossReason", "the loss reason is not given"));
        }
        if (deal.getLossReason() == LossReason.LOST_TO_COMPETITOR && deal.getLostTo() == null) {
            return List.of(new FieldError("lostToCompetitorId", "lost to a competitor: say which one"));
        }
        return List.of();
    }
}
