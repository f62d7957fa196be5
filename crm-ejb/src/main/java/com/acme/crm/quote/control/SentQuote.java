package com.acme.crm.quote.control;

import com.acme.crm.pipeline.control.StageCriterion;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Negotiation starts from a quote the customer has: one was sent (and is still open or was later answered). */
@Dependent
public class SentQuote implements StageCriterion {

    @PersistenceContext
    EntityManager em;

    @Override
    public String code() {
        return "SENT_QUOTE";
    }

    @Override
    public String description() {
        return "a quote has been sent to the customer";
    }

    @Override
    public List<FieldError> missing(Opportunity deal) {
        long sent = deal.getId() == null ? 0 : em.createQuery("select count(q) from Quote q where q.opportunity = :deal"
                        + " and q.sentAt is not null", Long.class).setParameter("deal", deal).getSingleResult();
        return sent > 0 ? List.of() : List.of(new FieldError("quotes", "no quote has been sent yet"));
    }

}
