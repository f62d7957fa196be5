package com.acme.crm.lead.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Why a lead was dropped (no budget, no need, ...): an admin-managed list, so that losses can be counted by reason. */
@Entity
@Table(name = "disqualification_reason")
@NamedQuery(name = "DisqualificationReason.findActive",
        query = "select r from DisqualificationReason r where r.active = true order by r.name")
public class DisqualificationReason extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "disqualification_reason_seq", sequenceName = "disqualification_reason_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disqualification_reason_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DisqualificationReason() {
    }

    public DisqualificationReason(String name) {
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void retire() {
        active = false;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
}
