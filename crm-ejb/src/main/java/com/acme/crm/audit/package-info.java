/**
 * The audit trail: who changed which field of an account, contact, lead, deal, quote,
 * service request or user (roles, team, deactivation, that a password was set), when, from
 * what to what. A use case that changes a record takes a picture
 * of it as callers see it before the change and compares it with the picture after
 * ({@code control.RecordHistory}); the differences are written in the use case's own
 * transaction, so the history holds exactly what was saved, whichever entrance (page, REST,
 * remote) the change came through. Values are recorded as shown to users (the owner's name,
 * not an id). Nobody can change or delete an entry. Logins and failed logins are in the
 * security log ({@code security.boundary.SecurityLog}). Out of scope: line-by-line changes
 * of quote lines (the quote's totals are recorded), exports.
 */
package com.acme.crm.audit;
