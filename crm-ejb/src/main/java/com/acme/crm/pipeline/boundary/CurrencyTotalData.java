package com.acme.crm.pipeline.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A sum of deal amounts in one currency, and the same weighted by each deal's probability. */
public class CurrencyTotalData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String currency;
    private BigDecimal total;
    private BigDecimal weighted;

    public CurrencyTotalData() {
    }

    public CurrencyTotalData(String currency, BigDecimal total, BigDecimal weighted) {
        this.currency = currency;
        this.total = total;
        this.weighted = weighted;
    }

    public String getCurrency() { return currency; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getWeighted() { return weighted; }
}
