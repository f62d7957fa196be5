package com.acme.crm.lead.boundary;

/** How a lead came to us, so that conversion can be measured per source. */
public enum LeadSource {
    WEB,
    REFERRAL,
    EVENT,
    PARTNER,
    COLD_CALL,
    CAMPAIGN,
    EMAIL,
    PHONE,
    OTHER
}
