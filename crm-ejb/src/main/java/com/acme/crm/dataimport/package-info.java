/**
 * Imports of files: leads from CSV (mapping, preview, background slices with progress, an
 * error file), and a whole company's sales history (teams, users, accounts, products and
 * deals with their stage history).
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Work is done in slices, each its own transaction, with progress kept on the job row:
 * a large file neither holds one huge transaction nor leaves the user guessing.</li>
 * <li>Importing the same file again changes nothing: rows carry their source key
 * (e-mail, {@code opportunity_id}) and existing records are kept.</li>
 * <li>Rows that cannot be imported are reported with their number and reason; the rest is
 * imported.</li>
 * </ul>
 */
package com.acme.crm.dataimport;
