package com.acme.crm.security.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** The logged-in user as the UI shows them. */
public final class CallerData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final String teamName;

    public CallerData(long id, String username, String displayName, Set<Role> roles, String teamName) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.teamName = teamName;
    }

    public boolean hasRole(Role role) { return roles.contains(role); }
    public long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Set<Role> getRoles() { return EnumSet.copyOf(roles); }
    public String getTeamName() { return teamName; }
}
