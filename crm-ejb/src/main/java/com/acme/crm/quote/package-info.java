/**
 * Products and price lists, quotes with their lines, discounts, tax and revisions, approval of
 * large discounts, expiry, PDFs, and invoices made from accepted quotes.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>One calculation ({@code control.QuoteCalculator}) gives every amount on the screen, in
 * REST, in the PDFs and on the invoice, rounded half-up to the currency's minor units at
 * fixed points: the customer's invoice must match the quote to the cent.</li>
 * <li>A discount above the threshold needs a manager's approval before the quote is sent.</li>
 * <li>Accepting a quote is one transaction: the invoice (copied lines, never recomputed
 * later), the other revisions closed and the deal won. Invoice numbers are gapless per year,
 * drawn under a database lock, because auditors ask for them.</li>
 * </ul>
 */
package com.acme.crm.quote;
