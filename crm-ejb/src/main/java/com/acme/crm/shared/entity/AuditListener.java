package com.acme.crm.shared.entity;

import com.acme.crm.security.control.CallerIdentity;
import com.acme.crm.security.control.TransactionUser;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * Stamps created/updated time and user: the caller of the EJB call, or, when the change is
 * written at commit, the user the transaction's use case was started for; work without a
 * caller (start-up, timers) is "system".
 */
public class AuditListener {

    static final String SYSTEM = "system";

    @PrePersist
    void created(AuditedEntity entity) {
        entity.stampCreated(Instant.now(), callerName());
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.stampUpdated(Instant.now(), callerName());
    }

    private static String callerName() {
        var cdi = CDI.current();
        return cdi.select(CallerIdentity.class).get().name().orElseGet(() -> {
            try {
                String name = cdi.select(TransactionUser.class).get().getName();
                return name == null ? SYSTEM : name;
            } catch (ContextNotActiveException e) {
                return SYSTEM;
            }
        });
    }
}
