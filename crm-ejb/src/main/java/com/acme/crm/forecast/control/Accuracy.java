package com.acme.crm.forecast.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How close a forecast came: 100 % minus the miss as a share of what was actually won, never
 * below 0. Nothing forecast and nothing won is a perfect forecast; something forecast and
 * nothing won is 0 %.
 */
public final class Accuracy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Accuracy() {
    }

    public static BigDecimal of(BigDecimal forecast, BigDecimal actual) {
        if (actual.signum() == 0) {
            return forecast.signum() == 0 ? HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2);
        }
        BigDecimal miss = forecast.subtract(actual).abs().multiply(HUNDRED).divide(actual, 2, RoundingMode.HALF_UP);
        return HUNDRED.subtract(miss).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
