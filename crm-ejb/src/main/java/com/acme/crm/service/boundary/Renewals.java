package com.acme.crm.service.boundary;

import com.acme.crm.pipeline.control.DealEvents;
import com.acme.crm.pipeline.control.DealFactory;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.quote.control.QuoteCalculator;
import com.acme.crm.quote.entity.Invoice;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.service.control.SlaPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Contracts are renewed in time: an invoice with a support term is a contract ending on its
 * support end date; a configurable number of days before (default 60) a renewal deal opens in
 * the first stage, for the same account and owner, with the contract's value (before tax) and
 * the end date as its close date. Each contract is renewed once.
 */
@Stateless
@PermitAll
public class Renewals {

    private static final Logger LOG = Logger.getLogger(Renewals.class.getName());

    @PersistenceContext EntityManager em;
    @Inject DealEvents dealEvents;
    @Inject CurrentCaller caller;
    @Inject DealFactory deals;
    @Inject SlaPolicy policy;
    @Inject Clock clock;

    /** Admins: open the renewals that are due now (it runs every night). */
    public int openDueRenewals() {
        caller.requireAnyRole(Role.ADMIN);
        return renew();
    }

    @Schedule(hour = "1", minute = "40", persistent = true, info = "contract renewals")
    void nightly() {
        int opened = renew();
        if (opened > 0) {
            LOG.info(() -> opened + " renewal deal(s) opened");
        }
    }

    private int renew() {
        LocalDate limit = LocalDate.now(clock).plusDays(policy.settings().getRenewalDays());
        List<Invoice> due = em.createQuery("select i from Invoice i where i.supportEnds is not null and i.renewal is null"
                + " and i.supportEnds <= :limit order by i.id", Invoice.class).setParameter("limit", limit).getResultList();
        int opened = 0;
        for (Invoice contract : due) {
            em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(contract);
            if (contract.getRenewal() != null) {
                continue; // renewed meanwhile elsewhere
            }
            Opportunity previous = contract.getOpportunity();
            QuoteCalculator.Totals totals = contract.totals();
            Opportunity renewal = deals.open("Renewal: " + previous.getName(), contract.getAccount(), previous.getPrimaryContact(),
                    previous.getOwner(), null, totals.subtotal().subtract(totals.quoteDiscountAmount()), contract.getCurrency(),
                    contract.getSupportEnds(), "system");
            renewal.plan("Renew contract " + contract.getNumber() + " ending " + contract.getSupportEnds(), null);
            contract.renewedBy(renewal);
            dealEvents.created(renewal, true);
            opened++;
        }
        return opened;
    }
}
