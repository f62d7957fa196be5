package com.acme.crm.pipeline.boundary;

import java.io.Serializable;

/**
 * A stage move as asked for: the deal's version as read, the target stage, and what some
 * moves need: the loss details for a lost stage, and a manager's reason when overriding
 * entry criteria that are not met.
 */
public class MoveData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private long stageId;
    private String overrideReason;
    private LossReason lossReason;
    private String lossNote;
    private Long lostToCompetitorId;

    public MoveData() {
    }

    public MoveData(long version, long stageId) {
        this.version = version;
        this.stageId = stageId;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public long getStageId() { return stageId; }
    public void setStageId(long stageId) { this.stageId = stageId; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public LossReason getLossReason() { return lossReason; }
    public void setLossReason(LossReason lossReason) { this.lossReason = lossReason; }
    public String getLossNote() { return lossNote; }
    public void setLossNote(String lossNote) { this.lossNote = lossNote; }
    public Long getLostToCompetitorId() { return lostToCompetitorId; }
    public void setLostToCompetitorId(Long lostToCompetitorId) { this.lostToCompetitorId = lostToCompetitorId; }
}
