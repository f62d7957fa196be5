package com.acme.crm.pipeline.boundary;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Opportunities and the pipeline, for other Jakarta EE applications (over IIOP). Callers must
 * be authenticated; every call applies the caller's roles and visibility (reps: own and
 * team's deals; managers: their teams'; admins: all). Refusals arrive as
 * {@code CriteriaNotMetException} (a stage's entry criteria are not met; it lists what is
 * missing), {@code InvalidInputException}, {@code ConcurrentEditException} and
 * {@code AccessDeniedException}.
 *
 * <p>The remote view of {@link Opportunities}, declared in META-INF/ejb-jar.xml.
 */
public interface PipelineService {

    /** The active stages in pipeline order. */
    List<StageData> getStages();

    /** Filters: owner (id or me), team, stage, closeFrom, closeTo, amountMin, amountMax, attention, status; sort: amount, closeDate, name, stage, updatedAt. */
    Page<OpportunityData> findOpportunities(PageQuery query);

    OpportunityData getOpportunity(long id);

    /** Opens a deal in the first open stage. */
    OpportunityData createOpportunity(OpportunityData opportunity);

    /** Changes everything but the stage (send the version read). */
    OpportunityData updateOpportunity(OpportunityData opportunity);

    /** Moves the deal to another stage if the stage's entry criteria are met (or a manager overrides them). */
    OpportunityData moveOpportunity(long id, MoveData move);

    List<StageMoveData> getStageHistory(long id);

    OpportunityData involveContact(long id, long version, long contactId, BuyingRole role, boolean primary);

    OpportunityData removeContact(long id, long version, long contactId);

    OpportunityData assessCompetitor(long id, long version, DealCompetitorData competitor);

    OpportunityData removeCompetitor(long id, long version, long competitorId);

    List<CompetitorData> getCompetitors();
}
