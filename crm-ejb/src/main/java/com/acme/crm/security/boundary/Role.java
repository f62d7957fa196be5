package com.acme.crm.security.boundary;

/** What a user may do in the CRM; a user can hold several roles. */
public enum Role {
    SALES_REP,
    SALES_MANAGER,
    SUPPORT_AGENT,
    ADMIN,
    /**
     * A system, not a person (a host application, an ERP): calls the CRM by REST and remote EJB,
     * never logs in to the UI, and reads the business event stream with what its other roles and
     * teams let it see (all of it together with {@link #ADMIN}).
     */
    INTEGRATION;

    /** Names of all roles, for {@code @DeclareRoles} and security constraints. */
    public static final String[] NAMES = {"SALES_REP", "SALES_MANAGER", "SUPPORT_AGENT", "ADMIN", "INTEGRATION"};
}
