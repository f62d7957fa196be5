package com.acme.crm.shared.entity;

import com.acme.crm.security.control.CallerIdentity;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Stamps created/updated time and user; work without a caller (start-up, timers) is "system". */
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
        return CDI.current().select(CallerIdentity.class).get().name().orElse(SYSTEM);
    }
}
