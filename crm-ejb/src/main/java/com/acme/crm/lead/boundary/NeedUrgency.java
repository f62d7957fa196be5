package com.acme.crm.lead.boundary;

/** How pressing the customer's problem is. */
public enum NeedUrgency {
    LOW,
    MEDIUM,
    HIGH
}
