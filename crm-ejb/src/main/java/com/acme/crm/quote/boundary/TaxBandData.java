package com.acme.crm.quote.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** The tax of one rate on a quote or invoice. */
public class TaxBandData implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal rate;
    private BigDecimal base;
    private BigDecimal tax;

    public TaxBandData() {
    }

    public TaxBandData(BigDecimal rate, BigDecimal base, BigDecimal tax) {
        this.rate = rate;
        this.base = base;
        this.tax = tax;
    }

    public BigDecimal getRate() { return rate; }
    public BigDecimal getBase() { return base; }
    public BigDecimal getTax() { return tax; }
}
