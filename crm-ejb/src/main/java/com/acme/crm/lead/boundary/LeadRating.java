package com.acme.crm.lead.boundary;

/** The score in one word, from the thresholds an admin sets. */
public enum LeadRating {
    HOT,
    WARM,
    COLD
}
