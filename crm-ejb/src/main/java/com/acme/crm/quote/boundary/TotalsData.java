package com.acme.crm.quote.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Every figure of a quote or invoice, as the one money calculation gives it. */
public class TotalsData implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal listTotal;
    private BigDecimal subtotal;
    private BigDecimal quoteDiscountAmount;
    private BigDecimal discountTotal;
    private BigDecimal discountPercent;
    private ArrayList<TaxBandData> taxes = new ArrayList<>();
    private BigDecimal taxTotal;
    private BigDecimal grandTotal;

    public TotalsData() {
    }

    public TotalsData(BigDecimal listTotal, BigDecimal subtotal, BigDecimal quoteDiscountAmount, BigDecimal discountTotal,
            BigDecimal discountPercent, List<TaxBandData> taxes, BigDecimal taxTotal, BigDecimal grandTotal) {
        this.listTotal = listTotal;
        this.subtotal = subtotal;
        this.quoteDiscountAmount = quoteDiscountAmount;
        this.discountTotal = discountTotal;
        this.discountPercent = discountPercent;
        this.taxes = new ArrayList<>(taxes);
        this.taxTotal = taxTotal;
        this.grandTotal = grandTotal;
    }

    public BigDecimal getListTotal() { return listTotal; }
    public BigDecimal getSubtotal() { return subtotal; }
    public BigDecimal getQuoteDiscountAmount() { return quoteDiscountAmount; }
    public BigDecimal getDiscountTotal() { return discountTotal; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public List<TaxBandData> getTaxes() { return taxes; }
    public BigDecimal getTaxTotal() { return taxTotal; }
    public BigDecimal getGrandTotal() { return grandTotal; }
}
