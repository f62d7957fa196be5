package com.acme.crm.quote.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** List prices in one currency, valid for a period; one price list is the default for new quotes. */
@Entity
@Table(name = "price_list")
public class PriceList extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "price_list_seq", sequenceName = "price_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_list_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 100) private String name;
    @Column(name = "currency", nullable = false, length = 3) private String currency;
    @Column(name = "valid_from") private LocalDate validFrom;
    @Column(name = "valid_to") private LocalDate validTo;
    @Column(name = "is_default", nullable = false) private boolean defaultList;
    @Column(name = "active", nullable = false) private boolean active = true;

    protected PriceList() {
    }

    public PriceList(String name, String currency) {
        this.name = name;
        this.currency = currency;
    }

    public void describe(String newName, String newCurrency, LocalDate from, LocalDate to, boolean isDefault, boolean isActive) {
        name = newName;
        currency = newCurrency;
        validFrom = from;
        validTo = to;
        defaultList = isDefault;
        active = isActive;
    }

    public void noLongerDefault() {
        defaultList = false;
    }

    public boolean isValidOn(LocalDate day) {
        return active && (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCurrency() { return currency; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public boolean isDefaultList() { return defaultList; }
    public boolean isActive() { return active; }
}
