package com.acme.crm.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CurrenciesTest {

    @Test
    void onlyActiveIsoCodesWrittenExactlyAreCurrencies() {
        for (String code : new String[] {"EUR", "USD", "JPY", "KWD", "CHF", "XCG", "ZWG", "XOF"}) {
            assertTrue(Currencies.isActive(code), code);
        }
        for (String code : new String[] {"ZZZ", "ABC", "XXX", "XTS", "XAU", "HRK", "ANG", "eur", " EUR", "", "EURO"}) {
            assertFalse(Currencies.isActive(code), code);
        }
        assertFalse(Currencies.isActive(null));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Currencies.require("currency", "ZZZ"));
        assertEquals("currency", refused.getFieldErrors().get(0).getField());
    }

    @Test
    void amountsRoundToTheCurrencysMinorUnits() {
        assertEquals(new BigDecimal("10.01"), Currencies.round(new BigDecimal("10.005"), "EUR"), "half up");
        assertEquals(new BigDecimal("1235"), Currencies.round(new BigDecimal("1234.5"), "JPY"), "yen have no minor unit");
        assertEquals(new BigDecimal("1.235"), Currencies.round(new BigDecimal("1.2345"), "KWD"), "dinars have three");
        assertEquals(new BigDecimal("0"), Currencies.zero("JPY"));
    }

    @Test
    void anAmountTypedWithMoreDecimalsThanTheCurrencyHasIsRefusedNotRounded() {
        assertEquals(new BigDecimal("12.30"), Amounts.exact("amount", new BigDecimal("12.3"), "EUR"));
        InvalidInputException cents = assertThrows(InvalidInputException.class, () -> Amounts.exact("amount", new BigDecimal("12.345"), "EUR"));
        assertEquals("must have at most 2 decimals in EUR", cents.getFieldErrors().get(0).getMessage());
        InvalidInputException yen = assertThrows(InvalidInputException.class, () -> Amounts.exact("amount", new BigDecimal("100.5"), "JPY"));
        assertEquals("must be a whole amount in JPY", yen.getFieldErrors().get(0).getMessage());
        assertEquals(new BigDecimal("100"), Amounts.exact("amount", new BigDecimal("100.00"), "JPY"));
    }
}
