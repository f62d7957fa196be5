package com.acme.crm.shared.entity;

import jakarta.ejb.EJBContext;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.security.Principal;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Stamps created/updated time and user; writes happen in EJBs, whose caller is the user. */
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
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal caller = context.getCallerPrincipal();
            String name = caller == null ? null : caller.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
        } catch (NamingException | IllegalStateException e) {
            return SYSTEM; // start-up work (migrations, demo data) runs outside a caller
        }
    }
}
