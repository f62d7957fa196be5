package com.acme.crm.pipeline.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One move in a deal's stage history, with how long the deal then stayed in the stage it entered. */
public class StageMoveData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fromStage;
    private String toStage;
    private String movedAt;
    private String movedBy;
    private BigDecimal amount;
    private String currency;
    private int probability;
    private boolean backwards;
    private String overrideReason;
    /** Days spent in {@code toStage} after this move (up to the next move, or until now). */
    private long daysInStage;
    private boolean current;

    public StageMoveData() {
    }

    public StageMoveData(String fromStage, String toStage, String movedAt, String movedBy, BigDecimal amount, String currency,
            int probability, boolean backwards, String overrideReason, long daysInStage, boolean current) {
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.amount = amount;
        this.currency = currency;
        this.probability = probability;
        this.backwards = backwards;
        this.overrideReason = overrideReason;
        this.daysInStage = daysInStage;
        this.current = current;
    }

    public String getFromStage() { return fromStage; }
    public String getToStage() { return toStage; }
    public String getMovedAt() { return movedAt; }
    public String getMovedBy() { return movedBy; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public int getProbability() { return probability; }
    public boolean isBackwards() { return backwards; }
    public String getOverrideReason() { return overrideReason; }
    public long getDaysInStage() { return daysInStage; }
    public boolean isCurrent() { return current; }
}
