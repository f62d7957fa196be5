package com.acme.crm.pipeline.boundary;

/** Why a deal was lost; "lost to a competitor" also needs the competitor. */
public enum LossReason {
    PRICE,
    PRODUCT_FIT,
    LOST_TO_COMPETITOR,
    NO_DECISION,
    TIMING,
    NO_BUDGET,
    OTHER
}
