package com.acme.crm.pipeline.boundary;

import com.acme.crm.shared.api.CurrencyCode;
import com.acme.crm.shared.api.InputDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deal as the UI, REST and remote callers see it. The stage is changed only by a move
 * (with its criteria), never by saving these fields; everything else is edited here.
 */
public class OpportunityData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "is longer than 200 characters")
    private String name;
    @NotNull(message = "is required")
    private Long accountId;
    private String accountName;
    private Long primaryContactId;
    private String primaryContactName;
    private Long ownerId;
    private String ownerName;

    @DecimalMin(value = "0", message = "must not be negative")
    @Digits(integer = 15, fraction = 3, message = "has at most 15 digits and as many decimals as its currency has")
    private BigDecimal amount;
    @CurrencyCode
    private String currency;
    @InputDate
    private LocalDate expectedCloseDate;
    @Min(value = 0, message = "must be between 0 and 100")
    @Max(value = 100, message = "must be between 0 and 100")
    private Integer probability;

    /** How sure the owner is it closes in its month (the forecast); default pipeline. */
    private ForecastCategory forecastCategory;
    private Long productId;
    private String productName;
    private com.acme.crm.lead.boundary.LeadSource leadSource;
    private Long stageId;
    private String stageName;
    private StageKind stageKind;
    private String stageEnteredAt;
    private long daysInStage;
    private Integer stageMaxDays;
    private boolean stale;
    private boolean pastClose;
    private Long sourceLeadId;

    @DecimalMin(value = "0", message = "must not be negative")
    @Digits(integer = 15, fraction = 3, message = "has at most 15 digits and as many decimals as its currency has")
    private BigDecimal budgetAmount;
    private boolean budgetConfirmed;
    @Size(max = 200, message = "is longer than 200 characters")
    private String decisionMaker;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String needsProblems;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String needsGoals;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String needsRequirements;
    @Size(max = 1000, message = "is longer than 1000 characters")
    private String productsOfInterest;
    @Size(max = 500, message = "is longer than 500 characters")
    private String nextStep;
    @Size(max = 4000, message = "is longer than 4000 characters")
    private String notes;

    private LossReason lossReason;
    private String lossNote;
    private Long lostToCompetitorId;
    private String lostToCompetitorName;
    private String closedAt;

    @Size(max = 2000, message = "is longer than 2000 characters")
    private String swotStrengths;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String swotWeaknesses;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String swotOpportunities;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String swotThreats;

    private BigDecimal weightedAmount;
    private ArrayList<DealContactData> contacts = new ArrayList<>();
    private ArrayList<DealCompetitorData> competitors = new ArrayList<>();
    private String updatedAt;
    private String updatedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public Long getPrimaryContactId() { return primaryContactId; }
    public void setPrimaryContactId(Long primaryContactId) { this.primaryContactId = primaryContactId; }
    public String getPrimaryContactName() { return primaryContactName; }
    public void setPrimaryContactName(String primaryContactName) { this.primaryContactName = primaryContactName; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public Integer getProbability() { return probability; }
    public void setProbability(Integer probability) { this.probability = probability; }
    public Long getStageId() { return stageId; }
    public void setStageId(Long stageId) { this.stageId = stageId; }
    public String getStageName() { return stageName; }
    public void setStageName(String stageName) { this.stageName = stageName; }
    public StageKind getStageKind() { return stageKind; }
    public void setStageKind(StageKind stageKind) { this.stageKind = stageKind; }
    public String getStageEnteredAt() { return stageEnteredAt; }
    public void setStageEnteredAt(String stageEnteredAt) { this.stageEnteredAt = stageEnteredAt; }
    public long getDaysInStage() { return daysInStage; }
    public void setDaysInStage(long daysInStage) { this.daysInStage = daysInStage; }
    public Integer getStageMaxDays() { return stageMaxDays; }
    public void setStageMaxDays(Integer stageMaxDays) { this.stageMaxDays = stageMaxDays; }
    public boolean isStale() { return stale; }
    public void setStale(boolean stale) { this.stale = stale; }
    public boolean isPastClose() { return pastClose; }
    public void setPastClose(boolean pastClose) { this.pastClose = pastClose; }
    public Long getSourceLeadId() { return sourceLeadId; }
    public void setSourceLeadId(Long sourceLeadId) { this.sourceLeadId = sourceLeadId; }
    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public void setBudgetAmount(BigDecimal budgetAmount) { this.budgetAmount = budgetAmount; }
    public boolean isBudgetConfirmed() { return budgetConfirmed; }
    public void setBudgetConfirmed(boolean budgetConfirmed) { this.budgetConfirmed = budgetConfirmed; }
    public String getDecisionMaker() { return decisionMaker; }
    public void setDecisionMaker(String decisionMaker) { this.decisionMaker = decisionMaker; }
    public String getNeedsProblems() { return needsProblems; }
    public void setNeedsProblems(String needsProblems) { this.needsProblems = needsProblems; }
    public String getNeedsGoals() { return needsGoals; }
    public void setNeedsGoals(String needsGoals) { this.needsGoals = needsGoals; }
    public String getNeedsRequirements() { return needsRequirements; }
    public void setNeedsRequirements(String needsRequirements) { this.needsRequirements = needsRequirements; }
    public String getProductsOfInterest() { return productsOfInterest; }
    public void setProductsOfInterest(String productsOfInterest) { this.productsOfInterest = productsOfInterest; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LossReason getLossReason() { return lossReason; }
    public void setLossReason(LossReason lossReason) { this.lossReason = lossReason; }
    public String getLossNote() { return lossNote; }
    public void setLossNote(String lossNote) { this.lossNote = lossNote; }
    public Long getLostToCompetitorId() { return lostToCompetitorId; }
    public void setLostToCompetitorId(Long lostToCompetitorId) { this.lostToCompetitorId = lostToCompetitorId; }
    public String getLostToCompetitorName() { return lostToCompetitorName; }
    public void setLostToCompetitorName(String lostToCompetitorName) { this.lostToCompetitorName = lostToCompetitorName; }
    public String getClosedAt() { return closedAt; }
    public void setClosedAt(String closedAt) { this.closedAt = closedAt; }
    public String getSwotStrengths() { return swotStrengths; }
    public void setSwotStrengths(String swotStrengths) { this.swotStrengths = swotStrengths; }
    public String getSwotWeaknesses() { return swotWeaknesses; }
    public void setSwotWeaknesses(String swotWeaknesses) { this.swotWeaknesses = swotWeaknesses; }
    public String getSwotOpportunities() { return swotOpportunities; }
    public void setSwotOpportunities(String swotOpportunities) { this.swotOpportunities = swotOpportunities; }
    public String getSwotThreats() { return swotThreats; }
    public void setSwotThreats(String swotThreats) { this.swotThreats = swotThreats; }
    public BigDecimal getWeightedAmount() { return weightedAmount; }
    public void setWeightedAmount(BigDecimal weightedAmount) { this.weightedAmount = weightedAmount; }
    public List<DealContactData> getContacts() { return contacts; }
    public void setContacts(List<DealContactData> contacts) { this.contacts = new ArrayList<>(contacts); }
    public List<DealCompetitorData> getCompetitors() { return competitors; }
    public void setCompetitors(List<DealCompetitorData> competitors) { this.competitors = new ArrayList<>(competitors); }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }

    public ForecastCategory getForecastCategory() { return forecastCategory; }
    public void setForecastCategory(ForecastCategory forecastCategory) { this.forecastCategory = forecastCategory; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getProductName() { return productName; }
    public void setProductName(String productName) { this.productName = productName; }
    public com.acme.crm.lead.boundary.LeadSource getLeadSource() { return leadSource; }
    public void setLeadSource(com.acme.crm.lead.boundary.LeadSource leadSource) { this.leadSource = leadSource; }
}
