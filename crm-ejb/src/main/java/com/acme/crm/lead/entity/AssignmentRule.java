package com.acme.crm.lead.entity;

import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * Who gets new leads: the first rule (by position) whose industry and region match (empty
 * matches anything) gives the lead to one user, or round-robin to the reps of a team. The
 * round-robin pointer lives in this row, which is locked while it moves, so that several
 * servers never hand two leads to the same rep out of turn.
 */
@Entity
@Table(name = "lead_assignment_rule")
@NamedQuery(name = "AssignmentRule.findAll", query = "select r from AssignmentRule r order by r.position, r.id")
public class AssignmentRule extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "lead_assignment_rule_seq", sequenceName = "lead_assignment_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_assignment_rule_seq")
    private Long id;

    @Column(name = "position", nullable = false) private int position;
    @Column(name = "industry", length = 100) private String industry;
    @Column(name = "region", length = 100) private String region;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "assignee_id") private CrmUser assignee;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "team_id") private Team team;
    @Column(name = "last_assigned_user_id") private Long lastAssignedUserId;

    protected AssignmentRule() {
    }

    public AssignmentRule(int position, String industry, String region, CrmUser assignee, Team team) {
        this.position = position;
        this.industry = industry;
        this.region = region;
        this.assignee = assignee;
        this.team = team;
    }

    public boolean matches(String leadIndustry, String leadRegion) {
        return same(industry, leadIndustry) && same(region, leadRegion);
    }

    public void assigned(long userId) {
        lastAssignedUserId = userId;
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || actual != null && wanted.toLowerCase(Locale.ROOT).equals(actual.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getIndustry() { return industry; }
    public String getRegion() { return region; }
    public CrmUser getAssignee() { return assignee; }
    public Team getTeam() { return team; }
    public Long getLastAssignedUserId() { return lastAssignedUserId; }
}
