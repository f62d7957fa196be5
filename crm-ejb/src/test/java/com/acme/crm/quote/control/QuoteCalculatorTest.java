package com.acme.crm.quote.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.crm.quote.control.QuoteCalculator.Line;
import com.acme.crm.quote.control.QuoteCalculator.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money rule with awkward cases: each figure checked to the cent. */
class QuoteCalculatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Line line(String qty, String price, String discount, String tax) {
        return new Line(d(qty), d(price), d(discount), tax == null ? null : d(tax));
    }

    @Test
    void threeTimesThirtyThreeThirtyThreeIsNinetyNineNinetyNineNotOneHundred() {
        Totals t = QuoteCalculator.calculate("EUR", List.of(line("3", "33.33", "0", null)), d("0"), d("19"));
        assertEquals(d("99.99"), t.subtotal());
        assertEquals(d("19.00"), t.taxTotal(), "19 % of 99.99 = 18.9981");
        assertEquals(d("118.99"), t.grandTotal());
    }

    @Test
    void aHundredPercentDiscountMakesEverythingZeroAndAllOfItDiscount() {
        Totals t = QuoteCalculator.calculate("EUR", List.of(line("2", "500.00", "100", null)), d("0"), d("19"));
        assertEquals(d("0.00"), t.subtotal());
        assertEquals(d("0.00"), t.grandTotal());
        assertEquals(d("1000.00"), t.discountTotal());
        assertEquals(d("100.00"), t.discountPercent());
    }

    @Test
    void zeroTaxAddsNothing() {
        Totals t = QuoteCalculator.calculate("EUR", List.of(line("1", "1234.56", "0", "0")), d("0"), d("19"));
        assertEquals(d("0.00"), t.taxTotal());
        assertEquals(d("1234.56"), t.grandTotal());
    }

    @Test
    void twoTaxRatesShareTheQuoteDiscountAndTheBasesAddUpExactly() {
        Totals t = QuoteCalculator.calculate("EUR", List.of(line("1", "100.00", "0", "19"), line("1", "50.01", "0", "7")),
                d("10"), d("19"));
        assertEquals(d("150.01"), t.subtotal());
        assertEquals(d("15.00"), t.quoteDiscountAmount(), "10 % of 150.01 = 15.001");
        assertEquals(d("45.01"), t.taxes().get(0).base(), "7 %: 50.01 less 10 % = 45.009");
        assertEquals(d("90.00"), t.taxes().get(1).base(), "19 %: the rest of 135.01");
        assertEquals(d("3.15"), t.taxes().get(0).tax());
        assertEquals(d("17.10"), t.taxes().get(1).tax());
        assertEquals(d("155.26"), t.grandTotal(), "135.01 + 3.15 + 17.10");
        assertEquals(d("15.00"), t.discountTotal());
    }

    @Test
    void lineDiscountsRoundPerLineHalfUp() {
        Totals t = QuoteCalculator.calculate("EUR", List.of(line("1", "0.05", "50", null), line("1", "0.05", "50", null)),
                d("0"), d("0"));
        assertEquals(List.of(d("0.03"), d("0.03")), t.lineNets(), "0.025 rounds half up, per line");
        assertEquals(d("0.06"), t.subtotal());
    }

    @Test
    void manyLinesAddUpWithoutDrift() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(line("3", "0.33", "0", null));
        }
        Totals t = QuoteCalculator.calculate("EUR", lines, d("0"), d("19"));
        assertEquals(d("990.00"), t.subtotal());
        assertEquals(d("188.10"), t.taxTotal());
        assertEquals(d("1178.10"), t.grandTotal());
    }

    @Test
    void yenHaveNoMinorUnits() {
        Totals t = QuoteCalculator.calculate("JPY", List.of(line("3", "333", "10", null)), d("0"), d("10"));
        assertEquals(d("899"), t.subtotal(), "999 less 10 % = 899.1");
        assertEquals(d("90"), t.taxTotal());
        assertEquals(d("989"), t.grandTotal());
    }

    @Test
    void fractionalQuantitiesAndTheApprovalMeasure() {
        Totals t = QuoteCalculator.calculate("EUR", List.of(line("2.5", "80.00", "10", null)), d("10"), d("19"));
        assertEquals(d("200.00"), t.listTotal());
        assertEquals(d("180.00"), t.subtotal());
        assertEquals(d("18.00"), t.quoteDiscountAmount());
        assertEquals(d("38.00"), t.discountTotal());
        assertEquals(d("19.00"), t.discountPercent(), "over the default 15 % threshold: needs approval");
    }
}
