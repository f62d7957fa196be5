package com.acme.crm.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's roles. Web and REST logins are checked by {@link CrmAuthentication}
 * against the CRM's users table through the {@code Logins} boundary (PBKDF2 hashes, active
 * users only, throttled); the groups are the user's roles, mapped one to one onto the
 * application's roles in glassfish-application.xml.
 */
@DeclareRoles({"SALES_REP", "SALES_MANAGER", "SUPPORT_AGENT", "ADMIN", "INTEGRATION"})
@ApplicationScoped
public class CrmIdentityStore {
}
