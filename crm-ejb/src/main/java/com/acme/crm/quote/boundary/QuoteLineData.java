package com.acme.crm.quote.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A quote line as edited: product (its list price is taken from the quote's price list when
 * no price is given), description, quantity, unit price, line discount %, tax rate % (empty:
 * the quote's). The computed list amount and net come back filled in.
 */
public class QuoteLineData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long productId;
    private String productCode;
    @Size(max = 500, message = "is longer than 500 characters")
    private String description;
    @NotNull(message = "is required")
    @DecimalMin(value = "0.001", message = "must be more than 0")
    @Digits(integer = 9, fraction = 3, message = "has at most 9 digits and 3 decimals")
    private BigDecimal quantity = BigDecimal.ONE;
    @DecimalMin(value = "0", message = "must not be negative")
    @Digits(integer = 15, fraction = 3, message = "has at most 15 digits and as many decimals as its currency has")
    private BigDecimal unitPrice;
    @NotNull(message = "is required (0 for none)")
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    private BigDecimal discount = BigDecimal.ZERO;
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    private BigDecimal taxRate;
    private BigDecimal listAmount;
    private BigDecimal net;

    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public BigDecimal getDiscount() { return discount; }
    public void setDiscount(BigDecimal discount) { this.discount = discount; }
    public BigDecimal getTaxRate() { return taxRate; }
    public void setTaxRate(BigDecimal taxRate) { this.taxRate = taxRate; }
    public BigDecimal getListAmount() { return listAmount; }
    public void setListAmount(BigDecimal listAmount) { this.listAmount = listAmount; }
    public BigDecimal getNet() { return net; }
    public void setNet(BigDecimal net) { this.net = net; }
}
