package com.acme.crm.pipeline.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A competitor in one deal, with its strengths and weaknesses as seen in that deal. */
@Entity
@Table(name = "opportunity_competitor")
public class DealCompetitor extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "opportunity_competitor_seq", sequenceName = "opportunity_competitor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_competitor_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id", nullable = false)
    private Opportunity opportunity;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competitor_id", nullable = false)
    private Competitor competitor;
    @Column(name = "strengths", length = 2000) private String strengths;
    @Column(name = "weaknesses", length = 2000) private String weaknesses;

    protected DealCompetitor() {
    }

    public DealCompetitor(Opportunity opportunity, Competitor competitor) {
        this.opportunity = opportunity;
        this.competitor = competitor;
    }

    public void assess(String newStrengths, String newWeaknesses) {
        strengths = newStrengths;
        weaknesses = newWeaknesses;
    }

    @Override
    public Long getId() { return id; }
    public Opportunity getOpportunity() { return opportunity; }
    public Competitor getCompetitor() { return competitor; }
    public String getStrengths() { return strengths; }
    public String getWeaknesses() { return weaknesses; }
}
