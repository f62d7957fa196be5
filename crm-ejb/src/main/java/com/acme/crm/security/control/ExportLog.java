package com.acme.crm.security.control;

import com.acme.crm.security.entity.SecurityEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Who took which data out of the CRM: each file a user downloads (a quote or invoice PDF, an
 * import's error rows, a dashboard table as CSV) is an EXPORT entry in the security log, in the
 * transaction that produced the file, so admins can see where customer data went.
 */
@Dependent
public class ExportLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(CallerScope scope, String what) {
        em.persist(new SecurityEvent(clock.instant(), SecurityEvent.Kind.EXPORT, scope.username(), null,
                what.length() > 300 ? what.substring(0, 300) : what));
    }
}
