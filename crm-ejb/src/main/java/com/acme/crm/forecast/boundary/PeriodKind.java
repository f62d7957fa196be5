package com.acme.crm.forecast.boundary;

/** The forecast is made per calendar month and per calendar quarter. */
public enum PeriodKind {
    MONTH,
    QUARTER
}
