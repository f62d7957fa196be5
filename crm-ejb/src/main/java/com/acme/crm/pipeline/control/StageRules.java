package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.boundary.CriterionData;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The entry criteria of stages: which exist, and what a deal lacks to enter a stage. */
@Dependent
public class StageRules {

    private static final Logger LOG = Logger.getLogger(StageRules.class.getName());

    @Inject
    @Any
    Instance<StageCriterion> criteria;

    public List<CriterionData> available() {
        return criteria.stream().map(c -> new CriterionData(c.code(), c.description()))
                .sorted(Comparator.comparing(CriterionData::getCode)).toList();
    }

    public Optional<StageCriterion> find(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * What a deal lacks to move from its stage to {@code target}: moving forward over several
     * open stages must meet the entry criteria of every stage passed as well as the target's,
     * or a deal could jump from Prospecting to Negotiation without BANT or a contact. Each
     * missing item is said once, naming the stage that asks for it when it is not the target.
     */
    public List<FieldError> missingOnTheWay(List<Stage> activeStages, Stage from, Stage target, Opportunity deal) {
        List<FieldError> missing = new ArrayList<>();
        java.util.Set<String> said = new java.util.HashSet<>();
        if (from.getKind() == StageKind.OPEN && target.getKind() != StageKind.LOST && target.getPosition() > from.getPosition()) {
            for (Stage passed : activeStages) {
                if (passed.getKind() == StageKind.OPEN && passed.getPosition() > from.getPosition()
                        && passed.getPosition() < target.getPosition() && passed != target) {
                    for (FieldError e : missing(passed, deal)) {
                        if (said.add(e.getField() + e.getMessage())) {
                            missing.add(new FieldError(e.getField(), e.getMessage() + " (needed from " + passed.getName() + " on)"));
                        }
                    }
                }
            }
        }
        for (FieldError e : missing(target, deal)) {
            if (said.add(e.getField() + e.getMessage())) {
                missing.add(e);
            }
        }
        return missing;
    }

    public List<FieldError> missing(Stage target, Opportunity deal) {
        List<FieldError> missing = new ArrayList<>();
        for (String code : target.getCriteria().stream().sorted().toList()) {
            find(code).ifPresentOrElse(c -> missing.addAll(c.missing(deal)),
                    () -> LOG.warning(() -> "Stage " + target.getName() + " requires unknown criterion " + code + ": ignored"));
        }
        return missing;
    }
}
