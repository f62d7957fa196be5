package com.acme.crm.forecast.control;

import com.acme.crm.shared.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turning the database's numbers into figures: rates and days to two decimals, amounts by {@link Money}. */
public final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** part ÷ whole as a percentage, two decimals half up; null when there is no whole. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? null
                : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /**
     * Sales velocity over {@code days} (1 for a day, 30.44 for a month): open deals × win rate ×
     * mean won deal ÷ mean cycle, from the unrounded parts (won ÷ closed, won amount ÷ won deals
     * with an amount, cycle days ÷ cycles) and rounded once at the end. Multiplying the shown,
     * rounded figures instead would be off by up to a few per cent.
     */
    public static BigDecimal velocity(long openDeals, long won, long lost, BigDecimal wonAmount, long wonWithAmount,
            BigDecimal cycleDays, long cycles, BigDecimal days, String currency) {
        if (won + lost == 0 || wonWithAmount == 0 || cycleDays == null || cycleDays.signum() <= 0 || wonAmount == null) {
            return null;
        }
        BigDecimal perCycle = BigDecimal.valueOf(openDeals).multiply(BigDecimal.valueOf(won)).multiply(wonAmount)
                .multiply(BigDecimal.valueOf(cycles)).multiply(days);
        BigDecimal cycleTime = BigDecimal.valueOf(won + lost).multiply(BigDecimal.valueOf(wonWithAmount)).multiply(cycleDays);
        return Money.rounded(perCycle.divide(cycleTime, java.math.MathContext.DECIMAL128), currency).amount();
    }

    /** sum ÷ count, two decimals half up; null for none. */
    public static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** A count of days or minutes with two decimals half up (a median of 12.5 days); null for none. Not for money. */
    public static BigDecimal scaled(Object number) {
        return number == null ? null : decimal(number).setScale(2, RoundingMode.HALF_UP);
    }

    /** A sum of amounts in one currency as money at the currency's minor units; none is zero. */
    public static BigDecimal money(Object sum, String currency) {
        return moneyOrNull(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    /** sum ÷ count as money in the currency (the mean won deal); null for none. */
    public static BigDecimal meanMoney(BigDecimal sum, long count, String currency) {
        return count == 0 || sum == null ? null
                : Money.rounded(sum.divide(BigDecimal.valueOf(count), java.math.MathContext.DECIMAL128), currency).amount();
    }

    /** A median or mean amount in the currency (null for none). */
    public static BigDecimal moneyOrNull(Object amount, String currency) {
        return amount == null ? null : Money.rounded(decimal(amount), currency).amount();
    }

    public static BigDecimal decimal(Object number) {
        if (number == null) {
            return null;
        }
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }

    public static long count(Object number) {
        return number == null ? 0 : ((Number) number).longValue();
    }

    /** Sum of amount × probability (whole percent) as money: ÷ 100, rounded once to the currency's minor units. */
    public static BigDecimal weighted(Object sumOfAmountTimesProbability, String currency) {
        return sumOfAmountTimesProbability == null ? Money.zero(currency).amount()
                : Money.rounded(decimal(sumOfAmountTimesProbability).divide(HUNDRED), currency).amount();
    }
}
