package com.acme.crm.shared.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in a currency, always at the currency's minor units (12.30 EUR, 1235 JPY, 1.235 KWD).
 * This is the one place where money is rounded: half up, to the minor units of
 * {@link Currencies#minorUnits}. Amounts that a person typed are taken {@link #exact} or refused;
 * amounts that a calculation produced (a discount, a tax, a weighted pipeline) are
 * {@link #rounded}. Two currencies never mix: adding JPY to EUR is a programming error.
 */
public final class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal amount;
    private final String currency;

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** A calculated amount, rounded half up to the currency's minor units. */
    public static Money rounded(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(Currencies.minorUnits(active(currency)), RoundingMode.HALF_UP), currency);
    }

    /** An amount known to fit the currency (a stored one, 100.000 from a column read as 100.00 EUR). */
    public static Money of(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        if (!fits(amount, active(currency))) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than " + currency);
        }
        return rounded(amount, currency);
    }

    /** An amount a caller typed: taken exactly, or refused with the field named (12.345 EUR, 100.5 JPY). */
    public static Money exact(String field, BigDecimal amount, String currency) {
        Currencies.require("currency", currency);
        String problem = decimalsProblem(amount, currency);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return rounded(amount, currency);
    }

    /** What is wrong with the decimals of a typed amount in the currency, or null when it fits. */
    public static String decimalsProblem(BigDecimal amount, String currency) {
        if (fits(amount, currency)) {
            return null;
        }
        int digits = Currencies.minorUnits(currency);
        return digits == 0 ? "must be a whole amount in " + currency : "must have at most " + digits + " decimals in " + currency;
    }

    /** The exact amount at the currency's scale, or null for none: for optional amounts such as a deal's estimate. */
    public static BigDecimal exactAmount(String field, BigDecimal amount, String currency) {
        return amount == null ? null : exact(field, amount, currency).amount();
    }

    /**
     * A stored amount at its currency's scale (100.000 from the column is 100.00 EUR, 100 JPY); null stays
     * null. A value that does not fit (written before the currency's rule was enforced) is shown as stored,
     * never rounded on the way out.
     */
    public static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount == null || !Currencies.isActive(currency) || !fits(amount, currency) ? amount
                : rounded(amount, currency).amount();
    }

    public static Money zero(String currency) {
        return rounded(BigDecimal.ZERO, currency);
    }

    /** Whether the amount has no more decimals than the currency has minor units. */
    public static boolean fits(BigDecimal amount, String currency) {
        return amount == null || amount.stripTrailingZeros().scale() <= Currencies.minorUnits(currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** This amount times a factor (a quantity, a rate), rounded. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    /** The given percentage of this amount (19 % tax, a 60 % probability), rounded. */
    public Money percent(BigDecimal percentage) {
        return rounded(amount.multiply(percentage).divide(HUNDRED), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** As printed on quotes and pages: grouped, with exactly the minor units (12,345.60 EUR; 1,235 JPY). */
    public String format() {
        return number() + " " + currency;
    }

    /** The figure alone, grouped, with exactly the minor units (12,345.60). */
    public String number() {
        int digits = Currencies.minorUnits(currency);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + other.currency + " with " + currency);
        }
        return other;
    }

    private static String active(String currency) {
        if (!Currencies.isActive(currency)) {
            throw new IllegalArgumentException("not an active currency: " + currency);
        }
        return currency;
    }
}
