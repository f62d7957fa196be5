/**
 * Accounts (the companies we sell to) and their contacts (the people there, with the part
 * they play in buying decisions).
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Every account and contact has an owner; who sees it follows from the owner's team
 * (see {@code security.control.CallerScope}), checked here in the boundary so that the UI,
 * REST and remote callers get the same answer.</li>
 * <li>Support agents read all customers but do not change them: they serve customers, the
 * sales roles own the relationship.</li>
 * <li>Likely duplicates (same normalised name or web domain) are warned about, not refused:
 * two branches can share a name, and only a person can tell.</li>
 * <li>An account with contacts or subsidiaries cannot be deleted: deleting would orphan
 * them silently.</li>
 * <li>Updates carry the version the caller read; a stale version is refused, never merged.</li>
 * </ul>
 * Out of scope here: leads, deals, service requests (their own capabilities).
 */
package com.acme.crm.account;
