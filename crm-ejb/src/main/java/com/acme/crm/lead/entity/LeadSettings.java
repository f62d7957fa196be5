package com.acme.crm.lead.entity;

import com.acme.crm.lead.control.ScoringRules;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one row of lead scoring settings an admin maintains (id 1, created by the migration). */
@Entity
@Table(name = "lead_settings")
public class LeadSettings extends AuditedEntity {

    public static final long ID = 1L;

    @Id
    private Long id;
    @Column(name = "budget_weight", nullable = false) private int budgetWeight;
    @Column(name = "authority_weight", nullable = false) private int authorityWeight;
    @Column(name = "need_weight", nullable = false) private int needWeight;
    @Column(name = "timeline_weight", nullable = false) private int timelineWeight;
    @Column(name = "fit_weight", nullable = false) private int fitWeight;
    @Column(name = "engagement_weight", nullable = false) private int engagementWeight;
    @Column(name = "hot_threshold", nullable = false) private int hotThreshold;
    @Column(name = "warm_threshold", nullable = false) private int warmThreshold;
    @Column(name = "target_industries", length = 1000) private String targetIndustries;
    @Column(name = "require_need", nullable = false) private boolean requireNeed;
    @Column(name = "require_timeline", nullable = false) private boolean requireTimeline;
    @Column(name = "require_budget_or_authority", nullable = false) private boolean requireBudgetOrAuthority;

    protected LeadSettings() {
    }

    public ScoringRules rules() {
        return new ScoringRules(budgetWeight, authorityWeight, needWeight, timelineWeight, fitWeight, engagementWeight,
                hotThreshold, warmThreshold, targetIndustries == null || targetIndustries.isBlank() ? java.util.Set.of()
                : Arrays.stream(targetIndustries.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                requireNeed, requireTimeline, requireBudgetOrAuthority);
    }

    public void change(ScoringRules rules) {
        budgetWeight = rules.budgetWeight();
        authorityWeight = rules.authorityWeight();
        needWeight = rules.needWeight();
        timelineWeight = rules.timelineWeight();
        fitWeight = rules.fitWeight();
        engagementWeight = rules.engagementWeight();
        hotThreshold = rules.hotThreshold();
        warmThreshold = rules.warmThreshold();
        targetIndustries = String.join(",", rules.targetIndustries());
        requireNeed = rules.requireNeed();
        requireTimeline = rules.requireTimeline();
        requireBudgetOrAuthority = rules.requireBudgetOrAuthority();
    }

    @Override
    public Long getId() { return id; }
}
