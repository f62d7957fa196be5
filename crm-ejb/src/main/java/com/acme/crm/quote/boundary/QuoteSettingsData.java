package com.acme.crm.quote.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** Our company on quotes and invoices, and the quoting rules (approval threshold, defaults). */
public class QuoteSettingsData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "is longer than 200 characters")
    private String companyName;
    @NotBlank(message = "is required")
    @Size(max = 500, message = "is longer than 500 characters")
    private String companyAddress;
    @Size(max = 50, message = "is longer than 50 characters")
    private String companyTaxId;
    @NotNull(message = "is required")
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    private BigDecimal approvalThreshold;
    @NotNull(message = "is required")
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    private BigDecimal defaultTaxRate;
    @Min(value = 1, message = "must be at least 1 day")
    private int defaultValidityDays;
    @Min(value = 0, message = "must not be negative")
    private int paymentDays;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCompanyAddress() { return companyAddress; }
    public void setCompanyAddress(String companyAddress) { this.companyAddress = companyAddress; }
    public String getCompanyTaxId() { return companyTaxId; }
    public void setCompanyTaxId(String companyTaxId) { this.companyTaxId = companyTaxId; }
    public BigDecimal getApprovalThreshold() { return approvalThreshold; }
    public void setApprovalThreshold(BigDecimal approvalThreshold) { this.approvalThreshold = approvalThreshold; }
    public BigDecimal getDefaultTaxRate() { return defaultTaxRate; }
    public void setDefaultTaxRate(BigDecimal defaultTaxRate) { this.defaultTaxRate = defaultTaxRate; }
    public int getDefaultValidityDays() { return defaultValidityDays; }
    public void setDefaultValidityDays(int defaultValidityDays) { this.defaultValidityDays = defaultValidityDays; }
    public int getPaymentDays() { return paymentDays; }
    public void setPaymentDays(int paymentDays) { this.paymentDays = paymentDays; }
}
