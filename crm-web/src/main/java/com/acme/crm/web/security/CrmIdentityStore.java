package com.acme.crm.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Web and REST logins are checked against the CRM's users table: PBKDF2 hashes, and only
 * active users (a deactivated user can no longer log in). The groups are the user's roles,
 * mapped one to one onto the application's roles in glassfish-application.xml.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/crm",
        callerQuery = "select password_hash from crm_user where username = ? and active = true",
        groupsQuery = "select r.role from crm_user_role r join crm_user u on u.id = r.user_id"
                + " where u.username = ? and u.active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({"SALES_REP", "SALES_MANAGER", "SUPPORT_AGENT", "ADMIN"})
@ApplicationScoped
public class CrmIdentityStore {
}
