package com.acme.crm.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** A CRM user as admins see and edit it; never carries the password or its hash. */
public class UserData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{2,80}", message = "use 2 to 80 lower-case letters, digits, dots, dashes or underscores")
    private String username;

    @NotBlank
    @Size(max = 120)
    private String displayName;

    @Email
    @Size(max = 200)
    private String email;

    @NotEmpty(message = "give the user at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long teamId;
    private String teamName;
    private boolean active = true;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getTeamName() { return teamName; }
    public void setTeamName(String teamName) { this.teamName = teamName; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
