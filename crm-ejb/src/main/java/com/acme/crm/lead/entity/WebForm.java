package com.acme.crm.lead.entity;

import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.security.entity.CrmUser;
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
import java.time.Instant;

/**
 * A lead-capture form on the company's public site. Its key is the only thing that lets a
 * visitor post into the CRM; revoking the form kills the key for good (a new form gets a new
 * one), while the leads it brought keep their source and campaign.
 */
@Entity
@Table(name = "web_form")
public class WebForm extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "web_form_seq", sequenceName = "web_form_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "web_form_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 60) private String name;
    @Column(name = "form_key", nullable = false, updatable = false, length = 40) private String key;
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20) private LeadSource source;
    @Column(name = "campaign", length = 100) private String campaign;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false) private CrmUser owner;
    @Column(name = "assign_by_rules", nullable = false) private boolean assignByRules;
    @Column(name = "redirect_url", length = 500) private String redirectUrl;
    @Column(name = "revoked_at") private Instant revokedAt;
    @Column(name = "leads_created", nullable = false) private long leadsCreated;
    @Column(name = "last_lead_at") private Instant lastLeadAt;

    protected WebForm() {
    }

    public WebForm(String key) {
        this.key = key;
    }

    /** What the form's leads get: where they came from, who works them, and where the visitor goes afterwards. */
    public void describe(String newName, LeadSource newSource, String newCampaign, CrmUser newOwner, boolean byRules,
            String newRedirectUrl) {
        name = newName;
        source = newSource;
        campaign = newCampaign;
        owner = newOwner;
        assignByRules = byRules;
        redirectUrl = newRedirectUrl;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void leadCreated(Instant now) {
        leadsCreated++;
        lastLeadAt = now;
    }

    public boolean isRevoked() { return revokedAt != null; }
    @Override public Long getId() { return id; }
    public String getName() { return name; }
    public String getKey() { return key; }
    public LeadSource getSource() { return source; }
    public String getCampaign() { return campaign; }
    public CrmUser getOwner() { return owner; }
    public boolean isAssignByRules() { return assignByRules; }
    public String getRedirectUrl() { return redirectUrl; }
    public Instant getRevokedAt() { return revokedAt; }
    public long getLeadsCreated() { return leadsCreated; }
    public Instant getLastLeadAt() { return lastLeadAt; }
}
