package com.acme.crm.quote.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something we sell, in the catalogue; its prices are in the price lists. */
@Entity
@Table(name = "product")
public class Product extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 40) private String code;
    @Column(name = "name", nullable = false, length = 200) private String name;
    @Column(name = "family", length = 100) private String family;
    @Column(name = "unit", nullable = false, length = 20) private String unit;
    @Column(name = "description", length = 2000) private String description;
    @Column(name = "active", nullable = false) private boolean active = true;

    protected Product() {
    }

    public Product(String code) {
        this.code = code;
    }

    public void describe(String newCode, String newName, String newFamily, String newUnit, String newDescription, boolean isActive) {
        code = newCode;
        name = newName;
        family = newFamily;
        unit = newUnit;
        description = newDescription;
        active = isActive;
    }

    @Override
    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getFamily() { return family; }
    public String getUnit() { return unit; }
    public String getDescription() { return description; }
    public boolean isActive() { return active; }
}
