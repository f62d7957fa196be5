package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.boundary.CriterionData;
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

    public List<FieldError> missing(Stage target, Opportunity deal) {
        List<FieldError> missing = new ArrayList<>();
        for (String code : target.getCriteria().stream().sorted().toList()) {
            find(code).ifPresentOrElse(c -> missing.addAll(c.missing(deal)),
                    () -> LOG.warning(() -> "Stage " + target.getName() + " requires unknown criterion " + code + ": ignored"));
        }
        return missing;
    }
}
