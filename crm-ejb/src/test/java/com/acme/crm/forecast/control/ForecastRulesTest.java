package com.acme.crm.forecast.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.forecast.boundary.PeriodKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small rules behind the figures: accuracy, periods, percentages and weighted amounts. */
class ForecastRulesTest {

    @Test
    void accuracyIsOneHundredMinusTheMissAsAShareOfWhatWasWon() {
        assertEquals(new BigDecimal("80.00"), Accuracy.of(new BigDecimal("1200"), new BigDecimal("1000")));
        assertEquals(new BigDecimal("80.00"), Accuracy.of(new BigDecimal("800"), new BigDecimal("1000")), "under and over alike");
        assertEquals(new BigDecimal("0.00"), Accuracy.of(new BigDecimal("3000"), new BigDecimal("1000")), "never below 0");
        assertEquals(new BigDecimal("100.00"), Accuracy.of(BigDecimal.ZERO, BigDecimal.ZERO), "nothing forecast, nothing won");
        assertEquals(new BigDecimal("0.00"), Accuracy.of(new BigDecimal("5"), BigDecimal.ZERO));
        assertEquals(new BigDecimal("66.67"), Accuracy.of(new BigDecimal("40000"), new BigDecimal("30000")));
    }

    @Test
    void periodsAreCalendarMonthsAndQuarters() {
        ForecastPeriod quarter = ForecastPeriod.of(PeriodKind.QUARTER, LocalDate.of(2017, 8, 15));
        assertEquals(LocalDate.of(2017, 7, 1), quarter.start());
        assertEquals(LocalDate.of(2017, 10, 1), quarter.end());
        assertEquals("2017-Q3", quarter.label());
        ForecastPeriod december = ForecastPeriod.of(PeriodKind.MONTH, LocalDate.of(2017, 12, 31));
        assertEquals("2017-12", december.label());
        assertEquals(LocalDate.of(2018, 1, 1), december.end());
        assertFalse(december.closedBy(LocalDate.of(2017, 12, 31)));
        assertTrue(december.closedBy(LocalDate.of(2018, 1, 1)));
    }

    @Test
    void ratesRoundToTwoDecimalsAndAmountsToTheirCurrency() {
        assertEquals(new BigDecimal("66.67"), Figures.percent(2, 3));
        assertNull(Figures.percent(0, 0), "no rate without a whole");
        assertEquals(new BigDecimal("0.13"), Figures.weighted(new BigDecimal("12.5"), "EUR"), "12.5 (amount × percent) / 100 = 0.125");
        assertEquals(new BigDecimal("1235"), Figures.weighted(new BigDecimal("123450"), "JPY"), "yen: no decimals");
        assertEquals(new BigDecimal("1000"), Figures.meanMoney(new BigDecimal("3000"), 3, "JPY"));
        assertEquals(new BigDecimal("333.333"), Figures.meanMoney(new BigDecimal("1000"), 3, "KWD"));
        assertEquals(new BigDecimal("1000.00"), Figures.mean(new BigDecimal("3000"), 3));
        assertNull(Figures.mean(BigDecimal.ZERO, 0));
    }

    @Test
    void velocityIsComputedFromTheUnroundedPartsAndRoundedOnce() {
        // 1 won of 3 closed (33.33 % shown), 100 won, cycles of 10 days over 3 deals (3.33 days shown), 1,000 open:
        // exactly 1,000 × 1/3 × 100 ÷ 10/3 = 10,000 a day; the shown figures would give 10,009.01
        assertEquals(new BigDecimal("10000.00"), Figures.velocity(1000, 1, 2, new BigDecimal("100.00"), 1,
                new BigDecimal("10"), 3, BigDecimal.ONE, "EUR"));
        assertEquals(new BigDecimal("304400.00"), Figures.velocity(1000, 1, 2, new BigDecimal("100.00"), 1,
                new BigDecimal("10"), 3, new BigDecimal("30.44"), "EUR"), "a month is 30.44 days of the unrounded day");
        assertNull(Figures.velocity(5, 0, 0, BigDecimal.ZERO, 0, null, 0, BigDecimal.ONE, "EUR"), "nothing closed: no velocity");
        assertEquals(new BigDecimal("3333"), Figures.velocity(1000, 1, 2, new BigDecimal("100"), 1,
                new BigDecimal("30"), 3, BigDecimal.ONE, "JPY"), "in yen: 3,333.33… rounds to whole yen");
    }
}
