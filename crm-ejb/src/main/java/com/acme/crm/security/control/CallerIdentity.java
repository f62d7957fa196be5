package com.acme.crm.security.control;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import java.security.Principal;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The name the container authenticated for the current EJB call: a web or REST login (the
 * CRM's identity store) or an IIOP login (a server realm). Empty for anonymous calls and for
 * work the server does by itself (start-up, timers). Replaced in in-container tests.
 */
@Dependent
public class CallerIdentity {

    public Optional<String> name() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? Optional.empty() : Optional.of(name);
        } catch (NamingException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
