package com.acme.crm.quote.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Our company as printed on quotes and invoices, and the quoting rules an admin sets. One row. */
@Entity
@Table(name = "quote_settings")
public class QuoteSettings extends AuditedEntity {

    public static final long ID = 1L;

    @Id private Long id;
    @Column(name = "company_name", nullable = false, length = 200) private String companyName;
    @Column(name = "company_address", nullable = false, length = 500) private String companyAddress;
    @Column(name = "company_tax_id", length = 50) private String companyTaxId;
    /** Discounts above this share of the list total (in %) need a manager's approval. */
    @Column(name = "approval_threshold", nullable = false, precision = 5, scale = 2) private BigDecimal approvalThreshold;
    @Column(name = "default_tax_rate", nullable = false, precision = 5, scale = 2) private BigDecimal defaultTaxRate;
    @Column(name = "default_validity_days", nullable = false) private int defaultValidityDays;
    @Column(name = "payment_days", nullable = false) private int paymentDays;

    protected QuoteSettings() {
    }

    public void change(String name, String address, String taxId, BigDecimal threshold, BigDecimal taxRate, int validityDays,
            int payDays) {
        companyName = name;
        companyAddress = address;
        companyTaxId = taxId;
        approvalThreshold = threshold;
        defaultTaxRate = taxRate;
        defaultValidityDays = validityDays;
        paymentDays = payDays;
    }

    @Override
    public Long getId() { return id; }
    public String getCompanyName() { return companyName; }
    public String getCompanyAddress() { return companyAddress; }
    public String getCompanyTaxId() { return companyTaxId; }
    public BigDecimal getApprovalThreshold() { return approvalThreshold; }
    public BigDecimal getDefaultTaxRate() { return defaultTaxRate; }
    public int getDefaultValidityDays() { return defaultValidityDays; }
    public int getPaymentDays() { return paymentDays; }
}
