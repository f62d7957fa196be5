/**
 * Leads: capture (by hand, REST, remote, import, from an activity), source and campaign,
 * BANT qualification with an explained score, assignment rules, disqualification with a
 * reason, and conversion into account, contact and opportunity.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>The score is recomputed on every save from weights admins set, and its factors are
 * shown: a rep must see why a lead is hot before trusting it.</li>
 * <li>Qualifying needs the BANT minimum; the refusal names what is missing.</li>
 * <li>Conversion is one transaction: account, contact, deal and the moved activities all
 * exist afterwards, or none does.</li>
 * <li>Duplicates are warned about, not refused; merging is a person's decision
 * (capability duplicate).</li>
 * <li>Round-robin assignment keeps its turn in the database under a row lock, so several
 * instances hand out leads fairly.</li>
 * </ul>
 */
package com.acme.crm.lead;
