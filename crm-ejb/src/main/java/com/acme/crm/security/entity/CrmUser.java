package com.acme.crm.security.entity;

import com.acme.crm.security.boundary.Role;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who logs in to the CRM (or an integration account used by another application).
 * Only the PBKDF2 hash of the password is kept. A deactivated user can no longer log in, but
 * the records they own stay and can be reassigned.
 */
@Entity
@Table(name = "crm_user")
@NamedQuery(name = "CrmUser.findByUsername", query = "select u from CrmUser u where u.username = :username")
@NamedQuery(name = "CrmUser.count", query = "select count(u) from CrmUser u")
public class CrmUser extends AuditedEntity {

    public static final int USERNAME_LENGTH = 80;
    public static final int NAME_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "crm_user_seq", sequenceName = "crm_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = new HashSet<>();

    protected CrmUser() {
    }

    public CrmUser(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public void describe(String newDisplayName, String newEmail) {
        this.displayName = newDisplayName;
        this.email = newEmail;
    }

    public void grantOnly(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void joinTeam(Team newTeam) {
        this.team = newTeam;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Team getTeam() {
        return team;
    }

    /** The team's id, or null for users outside any team (visibility compares team ids). */
    public Long getTeamId() {
        return team == null ? null : team.getId();
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
