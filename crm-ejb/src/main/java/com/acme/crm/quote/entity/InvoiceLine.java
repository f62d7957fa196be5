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

/** A line of an invoice: a copy of the accepted quote's line, never changed. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;
    @Column(name = "position", nullable = false) private int position;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;
    @Column(name = "description", nullable = false, length = 500) private String description;
    @Column(name = "quantity", nullable = false, precision = 12, scale = 3) private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, precision = 18, scale = 3) private BigDecimal unitPrice;
    @Column(name = "discount", nullable = false, precision = 5, scale = 2) private BigDecimal discount;
    @Column(name = "tax_rate", precision = 5, scale = 2) private BigDecimal taxRate;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, QuoteLine line) {
        this.invoice = invoice;
        this.position = line.getPosition();
        this.product = line.getProduct();
        this.description = line.getDescription();
        this.quantity = line.getQuantity();
        this.unitPrice = line.getUnitPrice();
        this.discount = line.getDiscount();
        this.taxRate = line.getTaxRate();
    }

    public QuoteCalculator.Line priced() {
        return new QuoteCalculator.Line(quantity, unitPrice, discount, taxRate);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Product getProduct() { return product; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return Money.scaled(unitPrice, invoice.getCurrency()); }
    public BigDecimal getDiscount() { return discount; }
    public BigDecimal getTaxRate() { return taxRate; }
}
