package com.acme.crm.pipeline.control;

/** A deal entered a won stage (fired in the moving transaction, so that what follows from it commits with it). */
public record DealWon(long opportunityId) {
}
