package com.acme.crm.quote.control;

import com.acme.crm.quote.entity.InvoiceCounter;
import com.acme.crm.quote.entity.QuoteSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Invoice numbers, unique and gapless per year: the year's counter row is read under a lock
 * in the accepting transaction, so a second acceptance waits and a rolled-back one gives its
 * number back.
 */
@Dependent
public class InvoiceNumbers {

    @PersistenceContext
    EntityManager em;

    /** INV-2026-00042: the next number of the year, taken in the caller's transaction. */
    public String next(int year) {
        // numbering is serialised on the settings row, so even the year's first invoice is numbered once
        em.find(QuoteSettings.class, QuoteSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        InvoiceCounter counter = em.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new InvoiceCounter(year);
            em.persist(counter);
        }
        return String.format(Locale.ROOT, "INV-%d-%05d", year, counter.next());
    }
}
