package com.acme.crm.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void calculatedAmountsRoundHalfUpToTheCurrencysMinorUnits() {
        assertEquals(d("10.01"), Money.rounded(d("10.005"), "EUR").amount(), "half up to the cent");
        assertEquals(d("-10.01"), Money.rounded(d("-10.005"), "EUR").amount(), "half away from zero for credits");
        assertEquals(d("1235"), Money.rounded(d("1234.5"), "JPY").amount(), "yen have no minor unit");
        assertEquals(d("1.235"), Money.rounded(d("1.2345"), "KWD").amount(), "dinars have three");
        assertEquals(d("0"), Money.zero("JPY").amount());
        assertEquals(d("0.000"), Money.zero("KWD").amount());
    }

    @Test
    void anAmountTypedWithMoreDecimalsThanTheCurrencyHasIsRefusedNotRounded() {
        assertEquals(d("12.30"), Money.exact("amount", d("12.3"), "EUR").amount());
        InvalidInputException cents = assertThrows(InvalidInputException.class, () -> Money.exact("amount", d("12.345"), "EUR"));
        assertEquals("amount", cents.getFieldErrors().get(0).getField());
        assertEquals("must have at most 2 decimals in EUR", cents.getFieldErrors().get(0).getMessage());
        InvalidInputException yen = assertThrows(InvalidInputException.class, () -> Money.exact("amount", d("100.5"), "JPY"));
        assertEquals("must be a whole amount in JPY", yen.getFieldErrors().get(0).getMessage());
        assertEquals(d("100"), Money.exact("amount", d("100.00"), "JPY").amount(), "trailing zeros are not decimals");
        assertEquals(d("12.345"), Money.exact("amount", d("12.345"), "KWD").amount());
        assertNull(Money.exactAmount("amount", null, "EUR"), "an optional amount stays empty");
        InvalidInputException code = assertThrows(InvalidInputException.class, () -> Money.exact("amount", d("1"), "ZZZ"));
        assertEquals("currency", code.getFieldErrors().get(0).getField());
    }

    @Test
    void storedAmountsAreReadAtTheirCurrencysScaleWithoutRounding() {
        assertEquals("100.00", Money.scaled(d("100.000"), "EUR").toPlainString());
        assertEquals("100", Money.scaled(d("100.000"), "JPY").toPlainString());
        assertEquals("1.235", Money.scaled(d("1.235"), "KWD").toPlainString());
        assertEquals("100.50", Money.scaled(d("100.50"), "JPY").toPlainString(), "a yen amount with cents is shown as stored, not rounded");
        assertNull(Money.scaled(null, "EUR"));
        assertThrows(IllegalArgumentException.class, () -> Money.of(d("1.005"), "EUR"));
    }

    @Test
    void arithmeticKeepsTheCurrencyAndRoundsOnlyWhereAFactorIsApplied() {
        Money price = Money.of(d("19.99"), "EUR");
        assertEquals(Money.of(d("39.98"), "EUR"), price.plus(price));
        assertEquals(Money.zero("EUR"), price.minus(price));
        assertEquals(Money.of(d("3.80"), "EUR"), price.percent(d("19")), "19 % of 19.99 = 3.7981");
        assertEquals(Money.of(d("59.97"), "EUR"), price.times(d("3")));
        assertEquals(Money.of(d("7"), "JPY"), Money.of(d("10"), "JPY").percent(d("65")), "6.5 yen round up to 7");
        assertEquals(-1, price.negate().signum());
        assertTrue(price.compareTo(price.plus(Money.of(d("0.01"), "EUR"))) < 0);
    }

    @Test
    void twoCurrenciesNeverMix() {
        Money euros = Money.of(d("10"), "EUR");
        Money yen = Money.of(d("10"), "JPY");
        assertNotEquals(euros, yen, "10 EUR is not 10 JPY");
        assertThrows(IllegalArgumentException.class, () -> euros.plus(yen));
        assertThrows(IllegalArgumentException.class, () -> euros.compareTo(yen));
        assertThrows(IllegalArgumentException.class, () -> Money.rounded(d("1"), "XXX"), "no money in a non-currency");
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWriting() {
        assertEquals(Money.of(d("10"), "EUR"), Money.of(d("10.00"), "EUR"));
        assertEquals(Money.of(d("10"), "EUR").hashCode(), Money.of(d("10.00"), "EUR").hashCode());
    }

    @Test
    void printsGroupedWithExactlyTheMinorUnits() {
        assertEquals("12,345.60 EUR", Money.of(d("12345.6"), "EUR").format());
        assertEquals("1,235 JPY", Money.of(d("1235"), "JPY").format());
        assertEquals("1.235 KWD", Money.of(d("1.235"), "KWD").format());
        assertEquals("-0.50", Money.of(d("-0.5"), "EUR").number());
    }

    @Test
    void travelsToRemoteCallersAsItself() throws Exception {
        Money price = Money.of(d("19.99"), "EUR");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(price);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(price, in.readObject());
        }
    }
}
