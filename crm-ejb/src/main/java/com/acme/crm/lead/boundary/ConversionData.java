package com.acme.crm.lead.boundary;

import com.acme.crm.shared.api.CurrencyCode;
import com.acme.crm.shared.api.InputDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The user's decision on a conversion: attach to an existing account and contact (their ids)
 * or create new ones (null), and the opportunity to open.
 */
public class ConversionData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long leadVersion;
    private Long existingAccountId;
    private Long existingContactId;
    @NotBlank
    @Size(max = 200)
    private String opportunityName;
    @DecimalMin(value = "0", message = "must not be negative")
    @Digits(integer = 15, fraction = 3, message = "has at most 15 digits and as many decimals as its currency has")
    private BigDecimal amount;
    @CurrencyCode
    private String currency;
    @InputDate
    private LocalDate expectedCloseDate;

    public Long getLeadVersion() { return leadVersion; }
    public void setLeadVersion(Long leadVersion) { this.leadVersion = leadVersion; }
    public Long getExistingAccountId() { return existingAccountId; }
    public void setExistingAccountId(Long id) { this.existingAccountId = id; }
    public Long getExistingContactId() { return existingContactId; }
    public void setExistingContactId(Long id) { this.existingContactId = id; }
    public String getOpportunityName() { return opportunityName; }
    public void setOpportunityName(String opportunityName) { this.opportunityName = opportunityName; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
}
