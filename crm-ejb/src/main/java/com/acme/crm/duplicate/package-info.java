/**
 * Duplicate leads, contacts and accounts: the scan over existing records (by hand and
 * nightly), its review, and merging two records field by field.
 *
 * <p>Rules, and why: the database groups records by normalised keys, so the scan scales; a
 * merge moves everything linked in one transaction and records the merged record's values,
 * because a merge cannot be undone otherwise; both records are checked against the versions
 * the user saw, so nothing changed meanwhile is overwritten.
 */
package com.acme.crm.duplicate;
