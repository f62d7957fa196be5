package com.acme.crm.shared.api;

import java.math.BigDecimal;

/** Amounts as callers type them: taken exactly, or refused with the field named, never rounded behind their back. */
public final class Amounts {

    private Amounts() {
    }

    /** The amount at the currency's scale, when it has no more decimals than the currency allows (12.345 EUR is refused). */
    public static BigDecimal exact(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        if (!Currencies.fits(amount, currency)) {
            int digits = Currencies.minorUnits(currency);
            throw new InvalidInputException(field, digits == 0 ? "must be a whole amount in " + currency
                    : "must have at most " + digits + " decimals in " + currency);
        }
        return Currencies.round(amount, currency);
    }
}
