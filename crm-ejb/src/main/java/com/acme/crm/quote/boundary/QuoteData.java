package com.acme.crm.quote.boundary;

import com.acme.crm.shared.api.CurrencyCode;
import com.acme.crm.shared.api.InputDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A quote revision: its terms and lines as edited, and what the CRM computed and recorded about it. */
public class QuoteData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private String number;
    private int revision;
    private Long opportunityId;
    private String opportunityName;
    private String accountName;
    private String ownerName;
    private Long priceListId;
    private String priceListName;
    @NotNull(message = "is required")
    @CurrencyCode
    private String currency;
    private QuoteStatus status;
    @NotNull(message = "is required (0 for none)")
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    private BigDecimal quoteDiscount = BigDecimal.ZERO;
    @NotNull(message = "is required (0 for none)")
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    private BigDecimal taxRate;
    @NotNull(message = "is required")
    @InputDate
    private LocalDate validUntil;
    @Size(max = 500, message = "is longer than 500 characters")
    private String paymentTerms;
    @Size(max = 500, message = "is longer than 500 characters")
    private String deliveryTerms;
    @Size(max = 500, message = "is longer than 500 characters")
    private String supportTerms;
    @Min(value = 1, message = "must be at least 1 month")
    private Integer supportMonths;
    @Valid
    private ArrayList<QuoteLineData> lines = new ArrayList<>();

    private TotalsData totals;
    private boolean needsApproval;
    private BigDecimal approvalThreshold;
    private String approvalComment;
    private String decidedBy;
    private String decidedAt;
    private String sentAt;
    private String rejectionReason;
    private Long invoiceId;
    private String invoiceNumber;
    /** What this revision changed against the previous one. */
    private ArrayList<String> changes = new ArrayList<>();
    private String updatedAt;
    private String updatedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public int getRevision() { return revision; }
    public void setRevision(int revision) { this.revision = revision; }
    public Long getOpportunityId() { return opportunityId; }
    public void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    public String getOpportunityName() { return opportunityName; }
    public void setOpportunityName(String opportunityName) { this.opportunityName = opportunityName; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public Long getPriceListId() { return priceListId; }
    public void setPriceListId(Long priceListId) { this.priceListId = priceListId; }
    public String getPriceListName() { return priceListName; }
    public void setPriceListName(String priceListName) { this.priceListName = priceListName; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public QuoteStatus getStatus() { return status; }
    public void setStatus(QuoteStatus status) { this.status = status; }
    public BigDecimal getQuoteDiscount() { return quoteDiscount; }
    public void setQuoteDiscount(BigDecimal quoteDiscount) { this.quoteDiscount = quoteDiscount; }
    public BigDecimal getTaxRate() { return taxRate; }
    public void setTaxRate(BigDecimal taxRate) { this.taxRate = taxRate; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getPaymentTerms() { return paymentTerms; }
    public void setPaymentTerms(String paymentTerms) { this.paymentTerms = paymentTerms; }
    public String getDeliveryTerms() { return deliveryTerms; }
    public void setDeliveryTerms(String deliveryTerms) { this.deliveryTerms = deliveryTerms; }
    public String getSupportTerms() { return supportTerms; }
    public void setSupportTerms(String supportTerms) { this.supportTerms = supportTerms; }
    public Integer getSupportMonths() { return supportMonths; }
    public void setSupportMonths(Integer supportMonths) { this.supportMonths = supportMonths; }
    public List<QuoteLineData> getLines() { return lines; }
    public void setLines(List<QuoteLineData> lines) { this.lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines); }
    public TotalsData getTotals() { return totals; }
    public void setTotals(TotalsData totals) { this.totals = totals; }
    public boolean isNeedsApproval() { return needsApproval; }
    public void setNeedsApproval(boolean needsApproval) { this.needsApproval = needsApproval; }
    public BigDecimal getApprovalThreshold() { return approvalThreshold; }
    public void setApprovalThreshold(BigDecimal approvalThreshold) { this.approvalThreshold = approvalThreshold; }
    public String getApprovalComment() { return approvalComment; }
    public void setApprovalComment(String approvalComment) { this.approvalComment = approvalComment; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getDecidedAt() { return decidedAt; }
    public void setDecidedAt(String decidedAt) { this.decidedAt = decidedAt; }
    public String getSentAt() { return sentAt; }
    public void setSentAt(String sentAt) { this.sentAt = sentAt; }
    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String rejectionReason) { this.rejectionReason = rejectionReason; }
    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public List<String> getChanges() { return changes; }
    public void setChanges(List<String> changes) { this.changes = new ArrayList<>(changes); }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
