package com.acme.crm.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Figures as pages show them: thousands separated, with the decimals the value carries; nothing for none.
 * Amounts arrive at their currency's minor units (Money in the shared kernel), so 12,345.60 EUR,
 * 1,235 JPY and 1.235 KWD each show their own; rates and days carry two decimals, counts none.
 */
@Named
@ApplicationScoped
public class Numbers {

    public String of(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.scale() > 0 ? String.format(Locale.ENGLISH, "%,." + Math.min(value.scale(), 3) + "f", value)
                : String.format(Locale.ENGLISH, "%,d", value.toBigInteger());
    }
}
