package com.acme.crm.quote.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A product's list price in a price list. */
public class PriceData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long productId;
    private String productCode;
    private String productName;
    private String unit;
    private BigDecimal listPrice;

    public PriceData() {
    }

    public PriceData(long productId, String productCode, String productName, String unit, BigDecimal listPrice) {
        this.productId = productId;
        this.productCode = productCode;
        this.productName = productName;
        this.unit = unit;
        this.listPrice = listPrice;
    }

    public long getProductId() { return productId; }
    public void setProductId(long productId) { this.productId = productId; }
    public String getProductCode() { return productCode; }
    public String getProductName() { return productName; }
    public String getUnit() { return unit; }
    public BigDecimal getListPrice() { return listPrice; }
    public void setListPrice(BigDecimal listPrice) { this.listPrice = listPrice; }
}
