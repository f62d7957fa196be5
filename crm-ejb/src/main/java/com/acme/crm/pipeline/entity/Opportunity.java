package com.acme.crm.pipeline.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.pipeline.boundary.ForecastCategory;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A possible deal with an account, moving through the pipeline's stages. The stage changes
 * only through {@link #enter}, called by the pipeline after the stage's entry criteria were
 * checked; every move is also written as a {@link StageMove}.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "opportunity_seq", sequenceName = "opportunity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 200) private String name;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_contact_id")
    private Contact primaryContact;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;
    @Column(name = "amount", precision = 18, scale = 3) private BigDecimal amount;
    @Column(name = "currency", length = 3) private String currency;
    @Column(name = "expected_close_date") private LocalDate expectedCloseDate;
    @Column(name = "probability", nullable = false) private int probability;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id", nullable = false)
    private Stage stage;
    @Column(name = "stage_entered_at", nullable = false) private Instant stageEnteredAt;
    @Column(name = "source_lead_id") private Long sourceLeadId;
    @Enumerated(EnumType.STRING)
    @Column(name = "lead_source", length = 30)
    private LeadSource leadSource;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;
    /** When the deal started (created, or engaged in the system it was imported from): the sales cycle counts from here. */
    @Column(name = "opened_at", nullable = false) private Instant openedAt;
    @Column(name = "cycle_days") private Integer cycleDays;
    /** The furthest stage (by position) the deal has entered, lost stages aside: what stage conversion counts. */
    @Column(name = "furthest_position") private Integer furthestPosition;
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", nullable = false, length = 12)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    @Column(name = "import_key", length = 64) private String importKey;

    @Column(name = "budget_amount", precision = 18, scale = 3) private BigDecimal budgetAmount;
    @Column(name = "budget_confirmed", nullable = false) private boolean budgetConfirmed;
    @Column(name = "decision_maker", length = 200) private String decisionMaker;
    @Column(name = "needs_problems", length = 2000) private String needsProblems;
    @Column(name = "needs_goals", length = 2000) private String needsGoals;
    @Column(name = "needs_requirements", length = 2000) private String needsRequirements;
    @Column(name = "products_of_interest", length = 1000) private String productsOfInterest;
    @Column(name = "next_step", length = 500) private String nextStep;
    @Column(name = "notes", length = 4000) private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "loss_reason", length = 30)
    private LossReason lossReason;
    @Column(name = "loss_note", length = 1000) private String lossNote;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lost_to_competitor_id")
    private Competitor lostTo;
    @Column(name = "closed_at") private Instant closedAt;

    @Column(name = "stale_since") private Instant staleSince;
    @Column(name = "past_close_since") private LocalDate pastCloseSince;

    @Column(name = "swot_strengths", length = 2000) private String swotStrengths;
    @Column(name = "swot_weaknesses", length = 2000) private String swotWeaknesses;
    @Column(name = "swot_opportunities", length = 2000) private String swotOpportunities;
    @Column(name = "swot_threats", length = 2000) private String swotThreats;

    protected Opportunity() {
    }

    /** A new deal in the given (first) stage, entered now. */
    public Opportunity(String name, Account account, Contact primaryContact, CrmUser owner, Long sourceLeadId, Stage stage,
            Instant now) {
        this.name = name;
        this.account = account;
        this.primaryContact = primaryContact;
        this.owner = owner;
        this.sourceLeadId = sourceLeadId;
        this.stage = stage;
        this.probability = stage.getProbability();
        this.stageEnteredAt = now;
        this.openedAt = now;
        this.furthestPosition = stage.getPosition();
    }

    /** Whole calendar days (UTC) from one instant to a later one: stage stays and sales cycles count in these. */
    public static int daysBetween(Instant from, Instant to) {
        return (int) ChronoUnit.DAYS.between(from.atOffset(ZoneOffset.UTC).toLocalDate(), to.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Where the deal came from and what it mainly sells. */
    public void originate(LeadSource source, Product mainProduct) {
        leadSource = source;
        product = mainProduct;
    }

    /** A deal carried over from another system: it started then, and is known there under this key. */
    public void importedAs(String key, Instant startedAt) {
        importKey = key;
        openedAt = startedAt;
    }

    public void forecastAs(ForecastCategory category) {
        forecastCategory = category;
    }

    public void rename(String newName) {
        name = newName;
    }

    /** The amount is taken exactly in its currency (12.345 EUR or 100.5 JPY are refused, not rounded). */
    public void estimate(BigDecimal newAmount, String newCurrency, LocalDate newCloseDate) {
        amount = newCurrency == null ? newAmount : Money.exactAmount("amount", newAmount, newCurrency);
        currency = newCurrency;
        expectedCloseDate = newCloseDate;
    }

    public void expectWithProbability(int newProbability) {
        probability = newProbability;
    }

    public void qualify(BigDecimal newBudget, boolean confirmed, String newDecisionMaker) {
        budgetAmount = currency == null ? newBudget : Money.exactAmount("budgetAmount", newBudget, currency);
        budgetConfirmed = confirmed;
        decisionMaker = newDecisionMaker;
    }

    public void assessNeeds(String problems, String goals, String requirements, String products) {
        needsProblems = problems;
        needsGoals = goals;
        needsRequirements = requirements;
        productsOfInterest = products;
    }

    public void plan(String newNextStep, String newNotes) {
        nextStep = newNextStep;
        notes = newNotes;
    }

    public void analyse(String strengths, String weaknesses, String opportunities, String threats) {
        swotStrengths = strengths;
        swotWeaknesses = weaknesses;
        swotOpportunities = opportunities;
        swotThreats = threats;
    }

    public void recordLoss(LossReason reason, String note, Competitor competitor) {
        lossReason = reason;
        lossNote = note;
        lostTo = reason == LossReason.LOST_TO_COMPETITOR ? competitor : null;
    }

    public void workWith(Account newAccount, Contact newPrimaryContact) {
        account = newAccount;
        primaryContact = newPrimaryContact;
    }

    public void reassignTo(CrmUser newOwner) {
        owner = newOwner;
    }

    /**
     * Enters a stage: its default probability applies and the stage clock restarts; a closed
     * stage records when the deal closed, an open one clears it (a reopened deal).
     */
    public void enter(Stage newStage, Instant now) {
        stage = newStage;
        probability = newStage.getProbability();
        stageEnteredAt = now;
        staleSince = null;
        closedAt = newStage.isClosed() ? now : null;
        cycleDays = newStage.isClosed() ? daysBetween(openedAt, now) : null;
        if (newStage.getKind() != com.acme.crm.pipeline.boundary.StageKind.LOST && (furthestPosition == null || newStage.getPosition() > furthestPosition)) {
            furthestPosition = newStage.getPosition();
        }
        pastCloseSince = null; // re-evaluated by the next attention check
    }

    /** Flagged by the watch over the pipeline: too long in its stage. */
    public void markStale(Instant since) {
        staleSince = since;
    }

    /** Flagged by the watch over the pipeline: open after its expected close date. */
    public void markPastClose(LocalDate since) {
        pastCloseSince = since;
    }

    public void clearStale() {
        staleSince = null;
    }

    public void clearPastClose() {
        pastCloseSince = null;
    }

    /** Amount × probability, rounded to the currency's minor units; null without an amount. */
    public BigDecimal weightedAmount() {
        Money value = value();
        return value == null ? null : value.percent(BigDecimal.valueOf(probability)).amount();
    }

    /** The estimated amount with its currency; null while either is missing. */
    public Money value() {
        return amount == null || currency == null ? null : Money.rounded(amount, currency);
    }

    public boolean isClosed() {
        return stage.isClosed();
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public Account getAccount() { return account; }
    public Contact getPrimaryContact() { return primaryContact; }
    public CrmUser getOwner() { return owner; }
    public BigDecimal getAmount() { return Money.scaled(amount, currency); }
    public String getCurrency() { return currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public int getProbability() { return probability; }
    public Stage getStage() { return stage; }
    public Instant getStageEnteredAt() { return stageEnteredAt; }
    public Long getSourceLeadId() { return sourceLeadId; }
    public LeadSource getLeadSource() { return leadSource; }
    public Product getProduct() { return product; }
    public Instant getOpenedAt() { return openedAt; }
    public Integer getCycleDays() { return cycleDays; }
    public Integer getFurthestPosition() { return furthestPosition; }
    public ForecastCategory getForecastCategory() { return forecastCategory; }
    public String getImportKey() { return importKey; }
    public BigDecimal getBudgetAmount() { return Money.scaled(budgetAmount, currency); }
    public boolean isBudgetConfirmed() { return budgetConfirmed; }
    public String getDecisionMaker() { return decisionMaker; }
    public String getNeedsProblems() { return needsProblems; }
    public String getNeedsGoals() { return needsGoals; }
    public String getNeedsRequirements() { return needsRequirements; }
    public String getProductsOfInterest() { return productsOfInterest; }
    public String getNextStep() { return nextStep; }
    public String getNotes() { return notes; }
    public LossReason getLossReason() { return lossReason; }
    public String getLossNote() { return lossNote; }
    public Competitor getLostTo() { return lostTo; }
    public Instant getClosedAt() { return closedAt; }
    public boolean isStale() { return staleSince != null; }
    public boolean isPastClose() { return pastCloseSince != null; }
    public Instant getStaleSince() { return staleSince; }
    public LocalDate getPastCloseSince() { return pastCloseSince; }
    public String getSwotStrengths() { return swotStrengths; }
    public String getSwotWeaknesses() { return swotWeaknesses; }
    public String getSwotOpportunities() { return swotOpportunities; }
    public String getSwotThreats() { return swotThreats; }
}
