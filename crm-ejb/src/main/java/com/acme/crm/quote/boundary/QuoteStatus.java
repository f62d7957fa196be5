package com.acme.crm.quote.boundary;

/**
 * Where a quote revision stands. Draft, pending approval and approved can still change (a
 * change makes it a draft again); sent and later are fixed: negotiation makes a new revision.
 */
public enum QuoteStatus {
    DRAFT,
    PENDING_APPROVAL,
    APPROVED,
    SENT,
    ACCEPTED,
    REJECTED,
    EXPIRED,
    /** Another revision of the same quote was accepted. */
    CLOSED;

    public boolean isEditable() {
        return this == DRAFT || this == PENDING_APPROVAL || this == APPROVED;
    }

    public boolean isOpen() {
        return isEditable() || this == SENT;
    }
}
