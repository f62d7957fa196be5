package com.acme.crm.security.boundary;

import java.io.Serializable;

/** A user who can own customer records, for owner pickers and reassignment. */
public final class OwnerData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final String teamName;

    public OwnerData(long id, String username, String displayName, String teamName) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.teamName = teamName;
    }

    public long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getTeamName() { return teamName; }
}
