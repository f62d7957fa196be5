package com.acme.crm.web.admin;

import com.acme.crm.lead.boundary.AssignmentRuleData;
import com.acme.crm.lead.boundary.LeadAdministration;
import com.acme.crm.lead.boundary.LeadSettingsData;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.ReasonData;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.TeamData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Admin: lead scoring weights, rating thresholds, BANT minimum and disqualification reasons. */
@Named
@ViewScoped
public class LeadSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("warmThreshold", "settings:warm",
            "budgetWeight", "settings:budget", "name", "reasons:newReason");

    @Inject LeadAdministration administration;
    @Inject Leads leads;
    @Inject Users users;
    @Inject FacesMessages messages;

    private LeadSettingsData settings;
    private String newReason;
    private AssignmentRuleData newRule = new AssignmentRuleData();

    public LeadSettingsData getSettings() {
        if (settings == null) {
            settings = administration.settings();
        }
        return settings;
    }

    public void save() {
        try {
            settings = administration.changeSettings(settings);
            messages.info("leadSettings.saved");
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    public void addReason() {
        try {
            administration.addReason(newReason);
            newReason = null;
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    public void retire(ReasonData reason) {
        administration.retireReason(reason.getId());
    }

    public void addRule() {
        try {
            administration.addAssignmentRule(newRule);
            newRule = new AssignmentRuleData();
        } catch (BusinessException e) {
            messages.refused(e, Map.of("teamId", "rules:team", "assigneeId", "rules:assignee"));
        }
    }

    public void removeRule(AssignmentRuleData rule) {
        administration.removeAssignmentRule(rule.getId());
    }

    public List<AssignmentRuleData> getRules() { return administration.assignmentRules(); }
    public List<TeamData> getTeams() { return users.teams(); }
    public List<OwnerData> getOwners() { return users.owners(); }
    public AssignmentRuleData getNewRule() { return newRule; }
    public List<ReasonData> getReasons() { return leads.disqualificationReasons(); }
    public String getNewReason() { return newReason; }
    public void setNewReason(String newReason) { this.newReason = newReason; }
}
