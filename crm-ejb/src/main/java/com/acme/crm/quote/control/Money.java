package com.acme.crm.quote.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Amounts as printed: grouped, with exactly the currency's minor units (12,345.60 EUR; 1,235 JPY). */
public final class Money {

    private Money() {
    }

    public static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount) + " " + currency;
    }

    /** A percentage without needless zeros: 19 %, 7.5 %. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + " %";
    }
}
