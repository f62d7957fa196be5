/**
 * The kernel every capability uses: the business exception tree and paging types that cross
 * the remote interface ({@code api}), auditing and optimistic locking of entities
 * ({@code entity}), the database definition, schema migration, validation and paged queries
 * ({@code control}).
 */
package com.acme.crm.shared;
