package com.acme.crm.web.admin;

import com.acme.crm.lead.boundary.LeadAdministration;
import com.acme.crm.lead.boundary.LeadSettingsData;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.ReasonData;
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
    @Inject FacesMessages messages;

    private LeadSettingsData settings;
    private String newReason;

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

    public List<ReasonData> getReasons() { return leads.disqualificationReasons(); }
    public String getNewReason() { return newReason; }
    public void setNewReason(String newReason) { this.newReason = newReason; }
}
