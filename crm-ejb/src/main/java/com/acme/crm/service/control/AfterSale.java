package com.acme.crm.service.control;

import com.acme.crm.activity.boundary.ActivityType;
import com.acme.crm.activity.entity.Activity;
import com.acme.crm.pipeline.control.DealWon;
import com.acme.crm.pipeline.entity.Opportunity;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a win sets in motion: a follow-up with the customer some days later (satisfaction, adoption). */
@Dependent
public class AfterSale {

    @PersistenceContext
    EntityManager em;

    @Inject
    SlaPolicy policy;

    @Inject
    Clock clock;

    void followUp(@Observes DealWon event) {
        Opportunity deal = em.find(Opportunity.class, event.opportunityId());
        int days = policy.settings().getFollowUpDays();
        Activity task = new Activity(ActivityType.TASK, "Follow up after the win: is " + deal.getAccount().getName()
                + " satisfied, is it being used?", LocalDate.now(clock).plusDays(days).atTime(LocalTime.of(9, 0)), deal.getOwner());
        task.regard(null, deal.getPrimaryContact(), deal.getAccount(), deal);
        em.persist(task);
    }
}
