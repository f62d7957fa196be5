package com.acme.crm.pipeline.boundary;

import java.io.Serializable;

/** A competitor in one deal, with their strengths and weaknesses there. */
public class DealCompetitorData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long competitorId;
    private String name;
    private String strengths;
    private String weaknesses;

    public DealCompetitorData() {
    }

    public DealCompetitorData(long competitorId, String name, String strengths, String weaknesses) {
        this.competitorId = competitorId;
        this.name = name;
        this.strengths = strengths;
        this.weaknesses = weaknesses;
    }

    public long getCompetitorId() { return competitorId; }
    public void setCompetitorId(long competitorId) { this.competitorId = competitorId; }
    public String getName() { return name; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getWeaknesses() { return weaknesses; }
    public void setWeaknesses(String weaknesses) { this.weaknesses = weaknesses; }
}
