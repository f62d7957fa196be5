package com.acme.crm.lead.boundary;

import java.io.Serializable;

/** One part of a lead's score: which factor, how many points of how many, and why. */
public final class ScoreFactorData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String factor;
    private final int points;
    private final int maxPoints;
    private final String reason;

    public ScoreFactorData(String factor, int points, int maxPoints, String reason) {
        this.factor = factor;
        this.points = points;
        this.maxPoints = maxPoints;
        this.reason = reason;
    }

    public String getFactor() { return factor; }
    public int getPoints() { return points; }
    public int getMaxPoints() { return maxPoints; }
    public String getReason() { return reason; }
}
