package com.acme.crm.forecast.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turning the database's numbers into figures: one rounding rule for rates, amounts and days. */
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
            BigDecimal cycleDays, long cycles, BigDecimal days) {
        if (won + lost == 0 || wonWithAmount == 0 || cycleDays == null || cycleDays.signum() <= 0 || wonAmount == null) {
            return null;
        }
        BigDecimal perCycle = BigDecimal.valueOf(openDeals).multiply(BigDecimal.valueOf(won)).multiply(wonAmount)
                .multiply(BigDecimal.valueOf(cycles)).multiply(days);
        BigDecimal cycleTime = BigDecimal.valueOf(won + lost).multiply(BigDecimal.valueOf(wonWithAmount)).multiply(cycleDays);
        return perCycle.divide(cycleTime, 2, RoundingMode.HALF_UP);
    }

    /** sum ÷ count, two decimals half up; null for none. */
    public static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal scaled(Object number) {
        return number == null ? null : decimal(number).setScale(2, RoundingMode.HALF_UP);
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

    /** Sum of amount × probability (whole percent) as money: ÷ 100, to the cent. */
    public static BigDecimal weighted(Object sumOfAmountTimesProbability) {
        return sumOfAmountTimesProbability == null ? BigDecimal.ZERO.setScale(2)
                : decimal(sumOfAmountTimesProbability).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
