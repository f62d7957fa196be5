package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.shared.api.FieldError;
import java.util.List;

/**
 * An entry criterion a stage can require. Implementations are CDI beans found by their
 * {@link #code()}: a later feature (quotes) adds criteria by adding a bean, and an admin then
 * requires it for a stage; nothing here changes.
 */
public interface StageCriterion {

    /** Stable identifier stored with the stage, e.g. {@code BANT_COMPLETE}. */
    String code();

    /** What it requires, for admins choosing criteria and for refusals. */
    String description();

    /** What the deal still lacks, one error per missing thing (field named where there is one); empty when met. */
    List<FieldError> missing(Opportunity deal);
}
