package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.pipeline.entity.StageMove;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Moves a deal to a stage: the stage's entry criteria and the move policy decide, the deal
 * enters the stage and the move is recorded. Every way a deal changes stage goes through
 * here (the board, the deal page, REST, remote callers, an accepted quote).
 */
@Dependent
public class DealMoves {

    @PersistenceContext
    EntityManager em;

    @Inject
    StageRules rules;

    @Inject
    Clock clock;

    @Inject
    Event<DealWon> won;

    @Inject
    com.acme.crm.account.control.CustomerSince customers;

    @Inject
    DealEvents events;

    /** A move asked for by a user (board, deal page, REST, remote): every stage passed on the way forward must be met. */
    public void move(Opportunity deal, Stage target, String overrideReason, boolean isManager, String by) {
        List<Stage> stages = em.createNamedQuery("Stage.active", Stage.class).getResultList();
        enter(deal, target, rules.missingOnTheWay(stages, deal.getStage(), target, deal), overrideReason, isManager, by);
    }

    /**
     * The customer accepted a quote: the acceptance is the evidence the sale happened, so only
     * the won stage's own criteria apply, not those of the stages the deal skipped.
     */
    public void closeByAcceptance(Opportunity deal, Stage won, boolean isManager, String by) {
        enter(deal, won, rules.missing(won, deal), null, isManager, by);
    }

    private void enter(Opportunity deal, Stage target, List<FieldError> missing, String overrideReason, boolean isManager, String by) {
        Stage from = deal.getStage();
        String override = MovePolicy.check(deal.getName(), from, target, missing, overrideReason, isManager);
        if (target.getKind() != StageKind.LOST) {
            deal.recordLoss(null, null, null); // reopened or won: it is no longer lost
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        deal.enter(target, now);
        leaveCurrentStage(deal, now);
        StageMove move = new StageMove(deal, from, target, now, by, override == null ? null
                : override.length() > 500 ? override.substring(0, 497) + "..." : override);
        move.reenterAfter(em.createQuery("select m.movedAt from StageMove m where m.opportunity = :deal and m.to = :stage"
                + " order by m.movedAt desc", Instant.class).setParameter("deal", deal).setParameter("stage", target).setMaxResults(1)
                .getResultStream().findFirst().orElse(null));
        em.persist(move);
        if (target.getKind() == StageKind.WON || from.getKind() == StageKind.WON) {
            customers.recompute(deal.getAccount().getId()); // won, or no longer won: when did the account become a customer?
        }
        if (target.getKind() == StageKind.WON) {
            won.fire(new DealWon(deal.getId()));
        }
        events.moved(deal, from, target);
    }

    /** Ends the deal's current stay: its stage history then says how long each stay lasted. */
    public void leaveCurrentStage(Opportunity deal, Instant now) {
        em.createQuery("select m from StageMove m where m.opportunity = :deal and m.leftAt is null", StageMove.class)
                .setParameter("deal", deal).getResultStream().forEach(m -> m.leave(now));
    }

    /** The first active stage of a kind (the won stage for an accepted quote). */
    public Stage firstOfKind(StageKind kind) {
        return em.createNamedQuery("Stage.active", Stage.class).getResultStream().filter(s -> s.getKind() == kind).findFirst()
                .orElseThrow(() -> new InvalidStatusChangeException("The pipeline has no active " + kind.name().toLowerCase()
                        + " stage: ask an admin to add one"));
    }
}
