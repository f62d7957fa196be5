package com.acme.crm.lead.boundary;

/**
 * Where a lead stands: new, being worked, qualified (worth a deal), converted into account,
 * contact and opportunity, or disqualified with a reason.
 */
public enum LeadStatus {
    NEW,
    WORKING,
    QUALIFIED,
    CONVERTED,
    DISQUALIFIED;

    public boolean isOpen() {
        return this == NEW || this == WORKING || this == QUALIFIED;
    }
}
