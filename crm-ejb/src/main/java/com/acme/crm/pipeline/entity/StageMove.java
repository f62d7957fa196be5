package com.acme.crm.pipeline.entity;

import com.acme.crm.shared.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * One entry of a deal's stage history, written once: from where to where, who, when, and the
 * amount and probability at that moment. Time in a stage is the gap to the next move.
 */
@Entity
@Table(name = "stage_move")
public class StageMove {

    @Id
    @SequenceGenerator(name = "stage_move_seq", sequenceName = "stage_move_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_move_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id", nullable = false)
    private Opportunity opportunity;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_stage_id")
    private Stage from;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_stage_id", nullable = false)
    private Stage to;
    @Column(name = "moved_at", nullable = false) private Instant movedAt;
    @Column(name = "moved_by", nullable = false, length = 80) private String movedBy;
    @Column(name = "amount", precision = 18, scale = 3) private BigDecimal amount;
    @Column(name = "currency", length = 3) private String currency;
    @Column(name = "probability", nullable = false) private int probability;
    @Column(name = "backwards", nullable = false) private boolean backwards;
    @Column(name = "override_reason", length = 500) private String overrideReason;
    @Column(name = "left_at") private Instant leftAt;
    @Column(name = "stage_days") private Integer stageDays;
    @Column(name = "previous_entry_at") private Instant previousEntryAt;

    protected StageMove() {
    }

    public StageMove(Opportunity opportunity, Stage from, Stage to, Instant movedAt, String movedBy, String overrideReason) {
        this.opportunity = opportunity;
        this.from = from;
        this.to = to;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.amount = opportunity.getAmount();
        this.currency = opportunity.getCurrency();
        this.probability = opportunity.getProbability();
        this.backwards = from != null && to.getPosition() < from.getPosition();
        this.overrideReason = overrideReason;
    }

    /** The deal had entered this stage before, last at {@code previous} (the funnel counts a deal once per stage and period). */
    public void reenterAfter(Instant previous) {
        previousEntryAt = previous;
    }

    /** The deal moved on: this stay ends, lasting whole (UTC calendar) days. */
    public void leave(Instant at) {
        leftAt = at;
        stageDays = Opportunity.daysBetween(movedAt, at);
    }

    public Long getId() { return id; }
    public Opportunity getOpportunity() { return opportunity; }
    public Stage getFrom() { return from; }
    public Stage getTo() { return to; }
    public Instant getMovedAt() { return movedAt; }
    public String getMovedBy() { return movedBy; }
    public BigDecimal getAmount() { return Money.scaled(amount, currency); }
    public String getCurrency() { return currency; }
    public int getProbability() { return probability; }
    public boolean isBackwards() { return backwards; }
    public String getOverrideReason() { return overrideReason; }
    public Instant getLeftAt() { return leftAt; }
    public Integer getStageDays() { return stageDays; }
    public Instant getPreviousEntryAt() { return previousEntryAt; }
}
