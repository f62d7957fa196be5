package com.acme.crm.dataimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.RevenueBand;
import com.acme.crm.shared.api.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Revenue in millions, employees and list prices as the files write them, garbled ones included. */
class SalesHistoryValuesTest {

    @Test
    void revenueInMillionsBecomesABand() {
        assertEquals(RevenueBand.FROM_100M_TO_1B, SalesHistoryValues.revenueBand("251.41"));
        assertEquals(RevenueBand.OVER_1B, SalesHistoryValues.revenueBand("1100.04"));
        assertEquals(RevenueBand.UNDER_1M, SalesHistoryValues.revenueBand("0.5"));
        assertNull(SalesHistoryValues.revenueBand(""));
        assertNull(SalesHistoryValues.revenueBand("n/a"), "a garbled size is left out, not the account");
        assertNull(SalesHistoryValues.employees("many"));
        assertEquals(2448, SalesHistoryValues.employees(" 2448 "));
    }

    @Test
    void listPricesAreTakenToTheCentAndAGarbledOrFractionalOneIsNamed() {
        assertEquals(new BigDecimal("4821.00"), SalesHistoryValues.price("4821", "GTX Pro"));
        assertEquals(new BigDecimal("55.10"), SalesHistoryValues.price("55.1", "MG Special"));
        InvalidInputException fraction = assertThrows(InvalidInputException.class, () -> SalesHistoryValues.price("55.125", "MG Special"),
                "a price of a tenth of a cent is refused, not rounded");
        assertTrue(fraction.getMessage().contains("55.125"), fraction.getMessage());
        InvalidInputException garbled = assertThrows(InvalidInputException.class, () -> SalesHistoryValues.price("55,00", "MG Special"));
        assertTrue(garbled.getMessage().contains("MG Special"), garbled.getMessage());
        assertThrows(InvalidInputException.class, () -> SalesHistoryValues.price("-1", "MG Special"));
    }
}
