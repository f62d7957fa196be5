package com.acme.crm.lead.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.lead.boundary.NeedUrgency;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What we know of a lead's Budget, Authority, Need and Timeline. Every part may be unknown
 * (null): knowing what is still unknown is the point of qualification.
 */
@Embeddable
public class Bant {

    @Column(name = "budget_amount", precision = 18, scale = 3) private BigDecimal budgetAmount;
    @Column(name = "budget_currency", length = 3) private String budgetCurrency;
    @Column(name = "budget_confirmed", nullable = false) private boolean budgetConfirmed;
    @Column(name = "decision_maker") private Boolean decisionMaker;
    @Column(name = "decision_maker_name", length = 200) private String decisionMakerName;
    @Column(name = "need", length = 1000) private String need;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_urgency", length = 10) private NeedUrgency needUrgency;
    @Column(name = "expected_purchase_date") private LocalDate expectedPurchaseDate;

    public Bant() {
    }

    public Bant(BigDecimal budgetAmount, String budgetCurrency, boolean budgetConfirmed, Boolean decisionMaker,
            String decisionMakerName, String need, NeedUrgency needUrgency, LocalDate expectedPurchaseDate) {
        // the budget is money in its currency: 12.345 EUR is refused, not rounded to 12.35
        this.budgetAmount = budgetCurrency == null ? budgetAmount : Money.exactAmount("budgetAmount", budgetAmount, budgetCurrency);
        this.budgetCurrency = budgetCurrency;
        this.budgetConfirmed = budgetConfirmed && budgetAmount != null;
        this.decisionMaker = decisionMaker;
        this.decisionMakerName = decisionMakerName;
        this.need = need;
        this.needUrgency = needUrgency;
        this.expectedPurchaseDate = expectedPurchaseDate;
    }

    public boolean isBudgetKnown() { return budgetAmount != null; }
    /** Authority is known when we know whether this person decides, or who does. */
    public boolean isAuthorityKnown() { return Boolean.TRUE.equals(decisionMaker) || decisionMakerName != null; }
    public boolean isNeedKnown() { return need != null && !need.isBlank(); }
    public boolean isTimelineKnown() { return expectedPurchaseDate != null; }

    public BigDecimal getBudgetAmount() { return Money.scaled(budgetAmount, budgetCurrency); }
    public String getBudgetCurrency() { return budgetCurrency; }
    public boolean isBudgetConfirmed() { return budgetConfirmed; }
    public Boolean getDecisionMaker() { return decisionMaker; }
    public String getDecisionMakerName() { return decisionMakerName; }
    public String getNeed() { return need; }
    public NeedUrgency getNeedUrgency() { return needUrgency; }
    public LocalDate getExpectedPurchaseDate() { return expectedPurchaseDate; }
}
