package com.acme.crm.pipeline.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One stage column of the board: its totals over every deal in it that the filters match,
 * and one page of its cards (largest first).
 */
public class BoardColumnData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long stageId;
    private String stageName;
    private StageKind kind;
    private int probability;
    private long count;
    /** Per currency: amounts in different currencies are never added up. */
    private ArrayList<CurrencyTotalData> totals = new ArrayList<>();
    private ArrayList<OpportunityData> cards = new ArrayList<>();

    public BoardColumnData() {
    }

    public BoardColumnData(long stageId, String stageName, StageKind kind, int probability, long count,
            List<CurrencyTotalData> totals, List<OpportunityData> cards) {
        this.stageId = stageId;
        this.stageName = stageName;
        this.kind = kind;
        this.probability = probability;
        this.count = count;
        this.totals = new ArrayList<>(totals);
        this.cards = new ArrayList<>(cards);
    }

    public long getStageId() { return stageId; }
    public String getStageName() { return stageName; }
    public StageKind getKind() { return kind; }
    public int getProbability() { return probability; }
    public long getCount() { return count; }
    public List<CurrencyTotalData> getTotals() { return totals; }
    public List<OpportunityData> getCards() { return cards; }
    public boolean isHasMore() { return cards.size() < count; }
}
