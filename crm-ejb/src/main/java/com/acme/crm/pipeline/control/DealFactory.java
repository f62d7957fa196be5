package com.acme.crm.pipeline.control;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.DealContact;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.pipeline.entity.StageMove;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Opens deals in the first open stage, however they come (by hand, from a converted lead,
 * later from renewals), so that each starts its stage history and lists its primary contact
 * among the deal's contacts.
 */
@Dependent
public class DealFactory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DealEvents events;

    public Opportunity open(String name, Account account, Contact primaryContact, CrmUser owner, Long sourceLeadId,
            BigDecimal amount, String currency, LocalDate closeDate, String movedBy) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Stage first = firstOpenStage();
        Opportunity deal = new Opportunity(name, account, primaryContact, owner, sourceLeadId, first, now);
        deal.estimate(amount, currency, closeDate);
        em.persist(deal);
        em.persist(new StageMove(deal, null, first, now, movedBy, null));
        if (primaryContact != null) {
            involve(deal, primaryContact, primaryContact.getBuyingRole());
        }
        events.created(deal, false);
        return deal;
    }

    public DealContact involve(Opportunity deal, Contact contact, BuyingRole role) {
        DealContact involved = new DealContact(deal, contact, role);
        em.persist(involved);
        return involved;
    }

    public Stage firstOpenStage() {
        return em.createNamedQuery("Stage.active", Stage.class).getResultStream()
                .filter(s -> s.getKind() == StageKind.OPEN).findFirst()
                .orElseThrow(() -> new InvalidStatusChangeException("The pipeline has no open stage: ask an admin to add one"));
    }
}
