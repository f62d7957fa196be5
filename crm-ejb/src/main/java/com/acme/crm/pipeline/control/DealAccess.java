package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Who may see a deal, and what hangs on it (quotes, invoices): its owner, the owner's team, their managers, admins. */
@Dependent
public class DealAccess {

    @PersistenceContext
    EntityManager em;

    public Opportunity visibleDeal(CallerScope scope, long id) {
        Opportunity deal = em.find(Opportunity.class, id);
        if (deal == null) {
            throw new NotFoundException("Opportunity", id);
        }
        requireVisible(scope, deal, "opportunity " + id);
        return deal;
    }

    /** Refuses a caller who may not see the deal; {@code what} names the record asked for (the deal, a quote on it...). */
    public static void requireVisible(CallerScope scope, Opportunity deal, String what) {
        if (!scope.canSeeSales(deal.getOwner().getId(), deal.getOwner().getTeamId())) {
            throw new AccessDeniedException("You cannot see " + what + ": it belongs to another team");
        }
    }
}
