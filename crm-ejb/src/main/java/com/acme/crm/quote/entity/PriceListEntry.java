package com.acme.crm.quote.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.shared.entity.AuditedEntity;
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

/** A product's list price in a price list. */
@Entity
@Table(name = "price_list_entry")
public class PriceListEntry extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "price_list_entry_seq", sequenceName = "price_list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_list_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "price_list_id", nullable = false)
    private PriceList priceList;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;
    @Column(name = "list_price", nullable = false, precision = 18, scale = 3) private BigDecimal listPrice;

    protected PriceListEntry() {
    }

    public PriceListEntry(PriceList priceList, Product product, BigDecimal listPrice) {
        this.priceList = priceList;
        this.product = product;
        this.listPrice = listPrice;
    }

    public void reprice(BigDecimal newPrice) {
        listPrice = newPrice;
    }

    @Override
    public Long getId() { return id; }
    public PriceList getPriceList() { return priceList; }
    public Product getProduct() { return product; }
    public BigDecimal getListPrice() { return Money.scaled(listPrice, priceList.getCurrency()); }
}
