package com.acme.crm.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/** Figures as pages show them: thousands separated, amounts to the cent, whole counts without decimals; nothing for none. */
@Named
@ApplicationScoped
public class Numbers {

    public String of(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.scale() > 0 ? String.format(Locale.ENGLISH, "%,.2f", value) : String.format(Locale.ENGLISH, "%,d", value.toBigInteger());
    }
}
