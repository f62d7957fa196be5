package com.acme.crm.pipeline.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A company we compete with, with what is generally known about it. */
@Entity
@Table(name = "competitor")
public class Competitor extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "competitor_seq", sequenceName = "competitor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competitor_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 120) private String name;
    @Column(name = "website", length = 200) private String website;
    @Column(name = "strengths", length = 2000) private String strengths;
    @Column(name = "weaknesses", length = 2000) private String weaknesses;
    @Column(name = "active", nullable = false) private boolean active = true;

    protected Competitor() {
    }

    public Competitor(String name) {
        this.name = name;
    }

    public void describe(String newName, String newWebsite, String newStrengths, String newWeaknesses, boolean isActive) {
        name = newName;
        website = newWebsite;
        strengths = newStrengths;
        weaknesses = newWeaknesses;
        active = isActive;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public String getWebsite() { return website; }
    public String getStrengths() { return strengths; }
    public String getWeaknesses() { return weaknesses; }
    public boolean isActive() { return active; }
}
