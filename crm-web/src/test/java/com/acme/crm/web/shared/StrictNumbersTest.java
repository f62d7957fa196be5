package com.acme.crm.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StrictNumbersTest {

    @Test
    void numbersAreReadExactlyAsTyped() {
        assertEquals(new BigDecimal("-5000"), StrictNumbers.decimal("-5000"), "the sign stays: the field's rule judges it");
        assertEquals(new BigDecimal("1200.50"), StrictNumbers.decimal("1,200.50"));
        assertEquals(new BigDecimal("150"), StrictNumbers.decimal(" 150 "));
        assertEquals(250, StrictNumbers.whole("250", Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void whatIsNotANumberIsRefusedInsteadOfPartlyRead() {
        for (String typed : new String[] {"12abc-5", "abc2", "1.200,50", "1,20", "12-", "1e5", "€100", "1 200"}) {
            ConverterException refused = assertThrows(ConverterException.class, () -> StrictNumbers.decimal(typed), typed);
            assertEquals("must be a number like 1200.50 (a point before the decimals, commas only between thousands)",
                    refused.getFacesMessage().getDetail());
        }
        assertThrows(ConverterException.class, () -> StrictNumbers.whole("2.5", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals("is too large", assertThrows(ConverterException.class,
                () -> StrictNumbers.whole("99999999999", Integer.MIN_VALUE, Integer.MAX_VALUE)).getFacesMessage().getDetail());
    }

    @Test
    void wholeNumbersShowNoDecimalsCentsStayAndNoPaddingZeros() {
        StrictNumbers.Decimals converter = new StrictNumbers.Decimals();
        assertEquals("480", converter.getAsString(null, null, new BigDecimal("480.00")));
        assertEquals("12.50", converter.getAsString(null, null, new BigDecimal("12.50")));
        assertEquals("2", converter.getAsString(null, null, new BigDecimal("2.000")));
        assertEquals("1.5", converter.getAsString(null, null, new BigDecimal("1.500")));
        assertEquals("1000", converter.getAsString(null, null, new BigDecimal("1000.000")));
    }
}
