package com.acme.crm.pipeline.entity;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A contact's part in one deal: the same person may decide one deal and only influence another. */
@Entity
@Table(name = "opportunity_contact")
public class DealContact extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "opportunity_contact_seq", sequenceName = "opportunity_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_contact_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id", nullable = false)
    private Opportunity opportunity;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;
    @Enumerated(EnumType.STRING)
    @Column(name = "buying_role", length = 30)
    private BuyingRole role;

    protected DealContact() {
    }

    public DealContact(Opportunity opportunity, Contact contact, BuyingRole role) {
        this.opportunity = opportunity;
        this.contact = contact;
        this.role = role;
    }

    public void playRole(BuyingRole newRole) {
        role = newRole;
    }

    @Override
    public Long getId() { return id; }
    public Opportunity getOpportunity() { return opportunity; }
    public Contact getContact() { return contact; }
    public BuyingRole getRole() { return role; }
}
