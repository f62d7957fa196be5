package com.acme.crm.forecast.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.forecast.boundary.PeriodKind;
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
import java.time.LocalDate;

/**
 * A manager's judgement of a rep's forecast for a period: commit and best case as the manager
 * sees them, with the reason. The team's forecast counts these in place of the rep's own.
 */
@Entity
@Table(name = "forecast_adjustment")
public class ForecastAdjustment extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "forecast_adjustment_seq", sequenceName = "forecast_adjustment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forecast_adjustment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private CrmUser rep;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 10) private PeriodKind periodKind;
    @Column(name = "period_start", nullable = false) private LocalDate periodStart;
    @Column(name = "currency", nullable = false, length = 3) private String currency;
    @Column(name = "commit_amount", nullable = false, precision = 18, scale = 3) private BigDecimal commitAmount;
    @Column(name = "best_case", nullable = false, precision = 18, scale = 3) private BigDecimal bestCase;
    @Column(name = "note", nullable = false, length = 1000) private String note;

    protected ForecastAdjustment() {
    }

    public ForecastAdjustment(CrmUser rep, PeriodKind periodKind, LocalDate periodStart, String currency) {
        this.rep = rep;
        this.periodKind = periodKind;
        this.periodStart = periodStart;
        this.currency = currency;
    }

    public void adjust(BigDecimal newCommit, BigDecimal newBestCase, String newNote) {
        commitAmount = newCommit;
        bestCase = newBestCase;
        note = newNote;
    }

    @Override
    public Long getId() { return id; }
    public CrmUser getRep() { return rep; }
    public PeriodKind getPeriodKind() { return periodKind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public String getCurrency() { return currency; }
    public BigDecimal getCommitAmount() { return Money.scaled(commitAmount, currency); }
    public BigDecimal getBestCase() { return Money.scaled(bestCase, currency); }
    public String getNote() { return note; }
}
