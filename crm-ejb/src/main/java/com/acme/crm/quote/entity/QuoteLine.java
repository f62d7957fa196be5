package com.acme.crm.quote.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.quote.control.QuoteCalculator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a quote revision; it changes only with its quote (whose version guards it). */
@Entity
@Table(name = "quote_line")
public class QuoteLine {

    @Id
    @SequenceGenerator(name = "quote_line_seq", sequenceName = "quote_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_line_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id", nullable = false)
    private Quote quote;
    @Column(name = "position", nullable = false) private int position;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;
    @Column(name = "description", nullable = false, length = 500) private String description;
    @Column(name = "quantity", nullable = false, precision = 12, scale = 3) private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, precision = 18, scale = 3) private BigDecimal unitPrice;
    @Column(name = "discount", nullable = false, precision = 5, scale = 2) private BigDecimal discount;
    @Column(name = "tax_rate", precision = 5, scale = 2) private BigDecimal taxRate;

    protected QuoteLine() {
    }

    public QuoteLine(Quote quote, int position, Product product, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discount, BigDecimal taxRate) {
        this.quote = quote;
        this.position = position;
        this.product = product;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discount = discount;
        this.taxRate = taxRate;
    }

    public QuoteCalculator.Line priced() {
        return new QuoteCalculator.Line(quantity, unitPrice, discount, taxRate);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Product getProduct() { return product; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return Money.scaled(unitPrice, quote.getCurrency()); }
    public BigDecimal getDiscount() { return discount; }
    public BigDecimal getTaxRate() { return taxRate; }
}
