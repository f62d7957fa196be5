package com.acme.crm.account.boundary;

/** Annual revenue of a customer, in bands (exact figures are rarely known and change). */
public enum RevenueBand {
    UNDER_1M,
    FROM_1M_TO_10M,
    FROM_10M_TO_100M,
    FROM_100M_TO_1B,
    OVER_1B
}
