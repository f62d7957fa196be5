package com.acme.crm.account.boundary;

/** The part a contact plays in a buying decision. */
public enum BuyingRole {
    DECISION_MAKER,
    ECONOMIC_BUYER,
    INFLUENCER,
    CHAMPION,
    TECHNICAL_EVALUATOR,
    USER,
    GATEKEEPER,
    OTHER
}
