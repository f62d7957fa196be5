package com.acme.crm.quote.control;

import com.acme.crm.pipeline.control.StageCriterion;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.quote.boundary.QuoteStatus;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A deal is won when the customer accepted a quote (accepting one moves the deal there by itself). */
@Dependent
public class AcceptedQuote implements StageCriterion {

    @PersistenceContext
    EntityManager em;

    @Override
    public String code() {
        return "ACCEPTED_QUOTE";
    }

    @Override
    public String description() {
        return "the customer accepted a quote";
    }

    @Override
    public List<FieldError> missing(Opportunity deal) {
        long accepted = deal.getId() == null ? 0 : em.createQuery("select count(q) from Quote q where q.opportunity = :deal"
                        + " and q.status = :accepted", Long.class)
                .setParameter("deal", deal).setParameter("accepted", QuoteStatus.ACCEPTED).getSingleResult();
        return accepted > 0 ? List.of() : List.of(new FieldError("quotes", "no quote has been accepted"));
    }
}
