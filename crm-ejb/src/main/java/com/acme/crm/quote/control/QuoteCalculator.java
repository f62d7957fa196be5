package com.acme.crm.quote.control;

import com.acme.crm.shared.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one money calculation behind every figure of a quote and its invoice, on screen, in the
 * PDF and over REST, so they can never disagree. Amounts are rounded by {@link Money} (half up to the
 * currency's minor units: 2 for EUR, 0 for JPY, 3 for KWD) at these points only:
 * <ol>
 * <li>each line: net = quantity × unit list price × (1 − line discount %), rounded;</li>
 * <li>subtotal = sum of line nets; quote discount = subtotal × quote discount %, rounded;</li>
 * <li>tax per rate: the lines of one tax rate carry their share of the quote discount; the
 *     taxable base of each rate is rounded (the last rate takes the remainder, so the bases
 *     add up to the discounted subtotal exactly) and its tax = base × rate, rounded;</li>
 * <li>total = subtotal − quote discount + the taxes.</li>
 * </ol>
 * The list total (quantity × list price, rounded per line) and the discount given on it are
 * what discount approval is measured against.
 */
public final class QuoteCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One line as priced: quantity, unit list price, line discount % and its tax rate % (null: the quote's). */
    public record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate) {
    }

    /** Tax of one rate. */
    public record TaxBand(BigDecimal rate, BigDecimal base, BigDecimal tax) {
    }

    /** Every figure of a quote. */
    public record Totals(List<BigDecimal> lineListTotals, List<BigDecimal> lineNets, BigDecimal listTotal,
            BigDecimal subtotal, BigDecimal quoteDiscountAmount, BigDecimal discountTotal, List<TaxBand> taxes,
            BigDecimal taxTotal, BigDecimal grandTotal) {

        /** The share of the list total given away by line and quote discounts, in % (2 decimals). */
        public BigDecimal discountPercent() {
            return listTotal.signum() == 0 ? BigDecimal.ZERO
                    : discountTotal.multiply(HUNDRED).divide(listTotal, 2, RoundingMode.HALF_UP);
        }
    }

    private QuoteCalculator() {
    }

    public static Totals calculate(String currency, List<Line> lines, BigDecimal quoteDiscount, BigDecimal quoteTaxRate) {
        List<BigDecimal> listTotals = new ArrayList<>();
        List<BigDecimal> nets = new ArrayList<>();
        Map<BigDecimal, BigDecimal> netByRate = new LinkedHashMap<>();
        BigDecimal listTotal = zero(currency);
        BigDecimal subtotal = zero(currency);
        for (Line line : lines) {
            BigDecimal gross = line.quantity().multiply(line.unitPrice());
            BigDecimal listAmount = round(gross, currency);
            BigDecimal net = round(gross.multiply(HUNDRED.subtract(line.discount())).divide(HUNDRED), currency);
            listTotals.add(listAmount);
            nets.add(net);
            listTotal = listTotal.add(listAmount);
            subtotal = subtotal.add(net);
            BigDecimal rate = (line.taxRate() == null ? quoteTaxRate : line.taxRate()).stripTrailingZeros();
            netByRate.merge(rate, net, BigDecimal::add);
        }
        BigDecimal quoteDiscountAmount = round(subtotal.multiply(quoteDiscount).divide(HUNDRED), currency);
        BigDecimal discounted = subtotal.subtract(quoteDiscountAmount);

        List<TaxBand> taxes = new ArrayList<>();
        BigDecimal basesSoFar = zero(currency);
        List<Map.Entry<BigDecimal, BigDecimal>> bands = new ArrayList<>(netByRate.entrySet());
        bands.sort(Map.Entry.comparingByKey());
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal rate = bands.get(i).getKey();
            BigDecimal base = i == bands.size() - 1 ? discounted.subtract(basesSoFar)
                    : round(bands.get(i).getValue().multiply(HUNDRED.subtract(quoteDiscount)).divide(HUNDRED), currency);
            basesSoFar = basesSoFar.add(base);
            taxes.add(new TaxBand(rate, base, round(base.multiply(rate).divide(HUNDRED), currency)));
        }
        BigDecimal taxTotal = taxes.stream().map(TaxBand::tax).reduce(zero(currency), BigDecimal::add);
        return new Totals(listTotals, nets, listTotal, subtotal, quoteDiscountAmount, listTotal.subtract(discounted), taxes,
                taxTotal, discounted.add(taxTotal));
    }

    private static BigDecimal round(BigDecimal amount, String currency) {
        return Money.rounded(amount, currency).amount();
    }

    private static BigDecimal zero(String currency) {
        return Money.zero(currency).amount();
    }
}
