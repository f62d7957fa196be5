/**
 * Users, teams, roles and the visibility rule.
 *
 * <p>The container authenticates (identity store over the {@code crm_user} table for web and
 * REST, the server realm for IIOP); this capability resolves the caller to an active CRM
 * user and decides what they may see and do. Roles: SALES_REP, SALES_MANAGER, SUPPORT_AGENT,
 * ADMIN. A rep sees their own and their team's records, a manager the teams they manage,
 * support agents and admins all customers. Deactivated users cannot log in anywhere; their
 * records stay and can be handed over. Passwords are kept only as PBKDF2 hashes.
 */
package com.acme.crm.security;
