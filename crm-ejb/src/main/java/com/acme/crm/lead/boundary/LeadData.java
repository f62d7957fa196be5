package com.acme.crm.lead.boundary;

import com.acme.crm.shared.api.CurrencyCode;
import com.acme.crm.shared.api.InputDate;
import com.acme.crm.shared.api.InputRules;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A lead as callers read and write it: the person and company, where they came from, and
 * BANT (budget, authority, need, timeline). Status, score, rating, score factors and
 * duplicate warnings are computed by the CRM and ignored on input; status changes through
 * the qualify, disqualify, reopen and convert use cases. Send {@code version} back on update.
 */
public class LeadData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @Size(max = 100)
    private String title;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 50)
    @Pattern(regexp = InputRules.PHONE, message = InputRules.PHONE_MESSAGE)
    private String phone;
    @Size(max = 200)
    private String company;
    @Size(max = 100)
    private String industry;
    @PositiveOrZero
    private Integer employees;
    @Size(max = 100)
    private String region;
    @Size(max = 100)
    private String country;

    @NotNull
    private LeadSource source = LeadSource.OTHER;
    @Size(max = 100)
    private String campaign;

    @DecimalMin(value = "0", message = "must not be negative")
    @Digits(integer = 15, fraction = 3, message = "has at most 15 digits and as many decimals as its currency has")
    private BigDecimal budgetAmount;
    @CurrencyCode
    private String budgetCurrency;
    private boolean budgetConfirmed;
    private Boolean decisionMaker;
    @Size(max = 200)
    private String decisionMakerName;
    @Size(max = 1000)
    private String need;
    private NeedUrgency needUrgency;
    @InputDate
    private LocalDate expectedPurchaseDate;
    @Size(max = 2000)
    private String notes;

    private Long ownerId;
    private String ownerName;
    private LeadStatus status;
    private String disqualificationReason;
    private String disqualificationNote;
    private int score;
    private LeadRating rating;
    private ArrayList<ScoreFactorData> scoreFactors = new ArrayList<>();
    private ArrayList<DuplicateData> duplicates = new ArrayList<>();
    private Long convertedAccountId;
    private Long convertedContactId;
    private Long convertedOpportunityId;
    private String updatedAt;
    private String updatedBy;
    private boolean assignByRules;

    public String getFullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public LeadSource getSource() { return source; }
    public void setSource(LeadSource source) { this.source = source; }
    public String getCampaign() { return campaign; }
    public void setCampaign(String campaign) { this.campaign = campaign; }
    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public void setBudgetAmount(BigDecimal budgetAmount) { this.budgetAmount = budgetAmount; }
    public String getBudgetCurrency() { return budgetCurrency; }
    public void setBudgetCurrency(String budgetCurrency) { this.budgetCurrency = budgetCurrency; }
    public boolean isBudgetConfirmed() { return budgetConfirmed; }
    public void setBudgetConfirmed(boolean budgetConfirmed) { this.budgetConfirmed = budgetConfirmed; }
    public Boolean getDecisionMaker() { return decisionMaker; }
    public void setDecisionMaker(Boolean decisionMaker) { this.decisionMaker = decisionMaker; }
    public String getDecisionMakerName() { return decisionMakerName; }
    public void setDecisionMakerName(String decisionMakerName) { this.decisionMakerName = decisionMakerName; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public NeedUrgency getNeedUrgency() { return needUrgency; }
    public void setNeedUrgency(NeedUrgency needUrgency) { this.needUrgency = needUrgency; }
    public LocalDate getExpectedPurchaseDate() { return expectedPurchaseDate; }
    public void setExpectedPurchaseDate(LocalDate expectedPurchaseDate) { this.expectedPurchaseDate = expectedPurchaseDate; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public String getDisqualificationReason() { return disqualificationReason; }
    public void setDisqualificationReason(String reason) { this.disqualificationReason = reason; }
    public String getDisqualificationNote() { return disqualificationNote; }
    public void setDisqualificationNote(String note) { this.disqualificationNote = note; }
    public int getScore() { return score; }
    public void setScore(int score) { this.score = score; }
    public LeadRating getRating() { return rating; }
    public void setRating(LeadRating rating) { this.rating = rating; }
    public List<ScoreFactorData> getScoreFactors() { return scoreFactors; }
    public void setScoreFactors(List<ScoreFactorData> factors) { this.scoreFactors = factors == null ? new ArrayList<>() : new ArrayList<>(factors); }
    public List<DuplicateData> getDuplicates() { return duplicates; }
    public void setDuplicates(List<DuplicateData> duplicates) { this.duplicates = duplicates == null ? new ArrayList<>() : new ArrayList<>(duplicates); }
    public Long getConvertedAccountId() { return convertedAccountId; }
    public void setConvertedAccountId(Long id) { this.convertedAccountId = id; }
    public Long getConvertedContactId() { return convertedContactId; }
    public void setConvertedContactId(Long id) { this.convertedContactId = id; }
    public Long getConvertedOpportunityId() { return convertedOpportunityId; }
    public void setConvertedOpportunityId(Long id) { this.convertedOpportunityId = id; }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    /** On create: let the admin's assignment rules choose the owner (web forms, imports). */
    public boolean isAssignByRules() { return assignByRules; }
    public void setAssignByRules(boolean assignByRules) { this.assignByRules = assignByRules; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
