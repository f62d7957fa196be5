package com.acme.crm.security.boundary;

/** What a user may do in the CRM; a user can hold several roles. */
public enum Role {
    SALES_REP,
    SALES_MANAGER,
    SUPPORT_AGENT,
    ADMIN;

    /** Names of all roles, for {@code @DeclareRoles} and security constraints. */
    public static final String[] NAMES = {"SALES_REP", "SALES_MANAGER", "SUPPORT_AGENT", "ADMIN"};
}
