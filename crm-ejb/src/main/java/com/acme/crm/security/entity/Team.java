package com.acme.crm.security.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A sales team: one manager and the reps who belong to it. Visibility follows teams. */
@Entity
@Table(name = "team")
@NamedQuery(name = "Team.findAll", query = "select t from Team t order by t.name")
@NamedQuery(name = "Team.findManagedBy", query = "select t.id from Team t where t.manager.id = :userId")
public class Team extends AuditedEntity {

    public static final int NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @ManyToOne
    @JoinColumn(name = "manager_id")
    private CrmUser manager;

    @Column(name = "region", length = 100)
    private String region;

    protected Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void appointManager(CrmUser newManager) {
        this.manager = newManager;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CrmUser getManager() {
        return manager;
    }

    /** The sales region (office) the team works; metrics filter by it. */
    public void workIn(String newRegion) {
        region = newRegion;
    }

    public String getRegion() { return region; }
}
