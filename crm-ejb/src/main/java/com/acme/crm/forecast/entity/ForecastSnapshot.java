package com.acme.crm.forecast.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.forecast.boundary.PeriodKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rep's forecast for a period frozen at one moment (weekly, or on demand), written once;
 * when the period is over it is compared with what was actually won.
 */
@Entity
@Table(name = "forecast_snapshot")
public class ForecastSnapshot {

    /** Why it was taken. */
    public enum Reason { WEEKLY, ON_DEMAND }

    @Id
    @SequenceGenerator(name = "forecast_snapshot_seq", sequenceName = "forecast_snapshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forecast_snapshot_seq")
    private Long id;

    @Column(name = "taken_at", nullable = false) private Instant takenAt;
    @Enumerated(EnumType.STRING) @Column(name = "reason", nullable = false, length = 10) private Reason reason;
    @Column(name = "week_key", length = 10) private String weekKey;
    @Column(name = "taken_by", nullable = false, length = 80) private String takenBy;
    @Column(name = "user_id", nullable = false) private long userId;
    @Column(name = "team_id") private Long teamId;
    @Enumerated(EnumType.STRING) @Column(name = "period_kind", nullable = false, length = 10) private PeriodKind periodKind;
    @Column(name = "period_start", nullable = false) private LocalDate periodStart;
    @Column(name = "currency", nullable = false, length = 3) private String currency;
    @Column(name = "won", nullable = false, precision = 18, scale = 3) private BigDecimal won;
    @Column(name = "commit_amount", nullable = false, precision = 18, scale = 3) private BigDecimal commitAmount;
    @Column(name = "best_case", nullable = false, precision = 18, scale = 3) private BigDecimal bestCase;
    @Column(name = "pipeline", nullable = false, precision = 18, scale = 3) private BigDecimal pipeline;
    @Column(name = "weighted", nullable = false, precision = 18, scale = 3) private BigDecimal weighted;

    protected ForecastSnapshot() {
    }

    /** {@code commit} and {@code bestCase} are the forecast totals (won so far included), adjusted where a manager adjusted them. */
    public ForecastSnapshot(Instant takenAt, Reason reason, String weekKey, String takenBy, long userId, Long teamId,
            PeriodKind periodKind, LocalDate periodStart, String currency, BigDecimal won, BigDecimal commit, BigDecimal bestCase,
            BigDecimal pipeline, BigDecimal weighted) {
        this.takenAt = takenAt;
        this.reason = reason;
        this.weekKey = weekKey;
        this.takenBy = takenBy;
        this.userId = userId;
        this.teamId = teamId;
        this.periodKind = periodKind;
        this.periodStart = periodStart;
        this.currency = currency;
        this.won = won;
        this.commitAmount = commit;
        this.bestCase = bestCase;
        this.pipeline = pipeline;
        this.weighted = weighted;
    }

    public Long getId() { return id; }
    public Instant getTakenAt() { return takenAt; }
    public Reason getReason() { return reason; }
    public String getWeekKey() { return weekKey; }
    public String getTakenBy() { return takenBy; }
    public long getUserId() { return userId; }
    public Long getTeamId() { return teamId; }
    public PeriodKind getPeriodKind() { return periodKind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public String getCurrency() { return currency; }
    public BigDecimal getWon() { return Money.scaled(won, currency); }
    public BigDecimal getCommitAmount() { return Money.scaled(commitAmount, currency); }
    public BigDecimal getBestCase() { return Money.scaled(bestCase, currency); }
    public BigDecimal getPipeline() { return Money.scaled(pipeline, currency); }
    public BigDecimal getWeighted() { return Money.scaled(weighted, currency); }
}
