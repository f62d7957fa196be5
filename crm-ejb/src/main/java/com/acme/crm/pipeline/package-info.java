/**
 * Opportunities (deals) and the stages they move through, from prospecting to closed won or
 * lost: entry criteria, stage history, the attention watch, deal contacts with buying roles,
 * competitors and a SWOT per deal, and the board.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Stage entry criteria are checked in the boundary, for the board, the deal page, REST
 * and remote callers alike; each is a {@code control.StageCriterion} bean, so a capability
 * (quotes) adds criteria without this one knowing it.</li>
 * <li>Only a manager overrides unmet criteria, and the reason is recorded with the move:
 * the history must explain every jump.</li>
 * <li>Every move is kept with the amount and probability of that moment: stage-to-stage
 * conversion, time in stage and forecast accuracy are computed from it.</li>
 * <li>Stale deals are found by a persistent hourly timer that notifies once per topic, so a
 * cluster does not notify twice.</li>
 * </ul>
 * Out of scope: quotes and invoices (quote), the figures over deals (forecast).
 */
package com.acme.crm.pipeline;
