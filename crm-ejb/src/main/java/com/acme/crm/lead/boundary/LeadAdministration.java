package com.acme.crm.lead.boundary;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.lead.control.ScoringRules;
import com.acme.crm.lead.entity.AssignmentRule;
import com.acme.crm.lead.entity.DisqualificationReason;
import com.acme.crm.lead.entity.LeadSettings;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.control.InputValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What admins tune about leads: scoring weights and thresholds, the BANT minimum, and the
 * list of disqualification reasons. Changing the scoring rescores every open lead at once,
 * so lists and ratings never mix old and new rules.
 */
@Stateless
@PermitAll
public class LeadAdministration {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject InputValidation validation;
    @EJB Leads leads;

    /** Readable by everyone who works with leads, so that scores can be understood. */
    public LeadSettingsData settings() {
        caller.requireAnyRole(Leads.SELLERS);
        return toData(em.find(LeadSettings.class, LeadSettings.ID));
    }

    /** @return the settings saved; every open lead has been rescored with them */
    public LeadSettingsData changeSettings(LeadSettingsData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        if (data.getWarmThreshold() > data.getHotThreshold()) {
            throw new InvalidInputException("warmThreshold", "must not be above the hot threshold");
        }
        if (data.getBudgetWeight() + data.getAuthorityWeight() + data.getNeedWeight() + data.getTimelineWeight()
                + data.getFitWeight() + data.getEngagementWeight() == 0) {
            throw new InvalidInputException("budgetWeight", "at least one factor needs a weight above 0");
        }
        LeadSettings settings = em.find(LeadSettings.class, LeadSettings.ID);
        customers.requireSameVersion(data.getVersion(), settings.getVersion(), "Lead settings", "");
        settings.change(new ScoringRules(data.getBudgetWeight(), data.getAuthorityWeight(), data.getNeedWeight(),
                data.getTimelineWeight(), data.getFitWeight(), data.getEngagementWeight(), data.getHotThreshold(),
                data.getWarmThreshold(), data.getTargetIndustries() == null ? java.util.Set.of()
                : Arrays.stream(data.getTargetIndustries().split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                data.isRequireNeed(), data.isRequireTimeline(), data.isRequireBudgetOrAuthority()));
        customers.flush("Lead settings", "");
        leads.rescoreOpenLeads();
        return toData(settings);
    }

    public ReasonData addReason(String name) {
        caller.requireAnyRole(Role.ADMIN);
        String clean = checkedName(name);
        boolean taken = !em.createQuery("select r from DisqualificationReason r where lower(r.name) = :name",
                DisqualificationReason.class).setParameter("name", clean.toLowerCase(Locale.ROOT)).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("name", "this reason already exists");
        }
        DisqualificationReason reason = new DisqualificationReason(clean);
        em.persist(reason);
        em.flush();
        return new ReasonData(reason.getId(), reason.getName());
    }

    /** Retired reasons stay on the leads that have them but can no longer be chosen. */
    public void retireReason(long id) {
        caller.requireAnyRole(Role.ADMIN);
        DisqualificationReason reason = em.find(DisqualificationReason.class, id);
        if (reason == null) {
            throw new NotFoundException("Disqualification reason", id);
        }
        reason.retire();
    }

    public java.util.List<AssignmentRuleData> assignmentRules() {
        caller.requireAnyRole(Leads.SELLERS);
        return new java.util.ArrayList<>(em.createNamedQuery("AssignmentRule.findAll", AssignmentRule.class)
                .getResultStream().map(LeadAdministration::toData).toList());
    }

    public AssignmentRuleData addAssignmentRule(AssignmentRuleData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        if ((data.getAssigneeId() == null) == (data.getTeamId() == null)) {
            throw new InvalidInputException("teamId", "give either a user or a team (round-robin), not both");
        }
        CrmUser assignee = data.getAssigneeId() == null ? null : em.find(CrmUser.class, data.getAssigneeId());
        Team team = data.getTeamId() == null ? null : em.find(Team.class, data.getTeamId());
        if (data.getAssigneeId() != null && (assignee == null || !assignee.isActive())) {
            throw new InvalidInputException("assigneeId", "must be an active user");
        }
        if (data.getTeamId() != null && team == null) {
            throw new InvalidInputException("teamId", "must be an existing team");
        }
        AssignmentRule rule = new AssignmentRule(data.getPosition(), Inputs.blankToNull(data.getIndustry()),
                Inputs.blankToNull(data.getRegion()), assignee, team);
        em.persist(rule);
        em.flush();
        return toData(rule);
    }

    public void removeAssignmentRule(long id) {
        caller.requireAnyRole(Role.ADMIN);
        AssignmentRule rule = em.find(AssignmentRule.class, id);
        if (rule == null) {
            throw new NotFoundException("Assignment rule", id);
        }
        em.remove(rule);
    }

    private static AssignmentRuleData toData(AssignmentRule rule) {
        AssignmentRuleData data = new AssignmentRuleData();
        data.setId(rule.getId());
        data.setPosition(rule.getPosition());
        data.setIndustry(rule.getIndustry());
        data.setRegion(rule.getRegion());
        if (rule.getAssignee() != null) {
            data.setAssigneeId(rule.getAssignee().getId());
            data.setAssigneeName(rule.getAssignee().getDisplayName());
        }
        if (rule.getTeam() != null) {
            data.setTeamId(rule.getTeam().getId());
            data.setTeamName(rule.getTeam().getName());
        }
        return data;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "give the reason a name of at most 100 characters");
        }
        return name.strip();
    }

    private static LeadSettingsData toData(LeadSettings settings) {
        ScoringRules rules = settings.rules();
        LeadSettingsData data = new LeadSettingsData();
        data.setBudgetWeight(rules.budgetWeight());
        data.setAuthorityWeight(rules.authorityWeight());
        data.setNeedWeight(rules.needWeight());
        data.setTimelineWeight(rules.timelineWeight());
        data.setFitWeight(rules.fitWeight());
        data.setEngagementWeight(rules.engagementWeight());
        data.setHotThreshold(rules.hotThreshold());
        data.setWarmThreshold(rules.warmThreshold());
        data.setTargetIndustries(String.join(", ", rules.targetIndustries().stream().sorted().toList()));
        data.setRequireNeed(rules.requireNeed());
        data.setRequireTimeline(rules.requireTimeline());
        data.setRequireBudgetOrAuthority(rules.requireBudgetOrAuthority());
        data.setVersion(settings.getVersion());
        return data;
    }
}
