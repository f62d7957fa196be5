package com.acme.crm.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void minorUnitsFollowIso4217() {
        assertEquals(2, Currencies.minorUnits("EUR"));
        assertEquals(0, Currencies.minorUnits("JPY"));
        assertEquals(3, Currencies.minorUnits("KWD"));
    }
}
