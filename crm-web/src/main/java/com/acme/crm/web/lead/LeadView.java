package com.acme.crm.web.lead;

import com.acme.crm.lead.boundary.ConversionData;
import com.acme.crm.lead.boundary.ConversionPreviewData;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.NeedUrgency;
import com.acme.crm.lead.boundary.ReasonData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import com.acme.crm.web.activity.ActivityLogged;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/** One lead: capture and edit, BANT and score, qualify, disqualify, reopen, convert. */
@Named
@ViewScoped
public class LeadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("lastName", "form:lastName"),
            Map.entry("email", "form:email"), Map.entry("phone", "form:phone"), Map.entry("need", "form:need"),
            Map.entry("expectedPurchaseDate", "form:expectedPurchaseDate"), Map.entry("budgetAmount", "form:budgetAmount"),
            Map.entry("budgetCurrency", "form:budgetCurrency"), Map.entry("employees", "form:employees"),
            Map.entry("opportunityName", "convertForm:opportunityName"), Map.entry("currency", "convertForm:currency"),
            Map.entry("existingContactId", "convertForm:contactChoice"), Map.entry("reasonId", "disqualifyForm:reason"));

    @Inject Leads leads;
    @Inject FacesMessages messages;

    private Long id;
    private LeadData lead;
    private boolean conflict;
    private Long reasonId;
    private String reasonNote;
    private ConversionPreviewData preview;
    private ConversionData conversion;

    public void load() {
        lead = id == null ? new LeadData() : RecordPage.open(() -> leads.getLead(id));
    }

    public String save() {
        boolean isNew = lead.getId() == null;
        if (act(() -> isNew ? leads.createLead(lead) : leads.updateLead(lead), "lead.saved") && isNew) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/lead/lead?faces-redirect=true&id=" + lead.getId();
        }
        return null;
    }

    public void qualify() {
        act(() -> leads.qualifyLead(lead.getId(), lead.getVersion()), "lead.qualified");
    }

    public void disqualify() {
        if (act(() -> leads.disqualifyLead(lead.getId(), lead.getVersion(), reasonId == null ? -1 : reasonId, reasonNote),
                "lead.disqualified")) {
            PrimeFaces.current().executeScript("PF('disqualifyDialog').hide()");
        }
    }

    public void reopen() {
        act(() -> leads.reopenLead(lead.getId(), lead.getVersion()), "lead.reopened");
    }

    /** Shows what conversion would create or reuse; nothing is changed yet. */
    public void prepareConversion() {
        preview = leads.previewConversion(lead.getId());
        conversion = new ConversionData();
        conversion.setLeadVersion(preview.getLeadVersion());
        conversion.setOpportunityName(preview.getOpportunityName());
        conversion.setAmount(preview.getAmount());
        conversion.setCurrency(preview.getCurrency());
        conversion.setExpectedCloseDate(preview.getExpectedCloseDate());
    }

    public void convert() {
        if (act(() -> leads.convertLead(lead.getId(), conversion), "lead.converted")) {
            PrimeFaces.current().executeScript("PF('convertDialog').hide()");
        }
    }

    /** Logging an activity works the lead and rescores it: show its new state (and version). */
    public void activityLogged(@Observes(notifyObserver = Reception.IF_EXISTS) ActivityLogged event) {
        if ("lead".equals(event.recordType()) && lead != null && event.recordId().equals(lead.getId())) {
            lead = leads.getLead(lead.getId());
        }
    }

    public void reload() {
        lead = leads.getLead(id);
        conflict = false;
        messages.info("record.reloaded");
    }

    private boolean act(Supplier<LeadData> action, String doneKey) {
        try {
            lead = action.get();
            conflict = false;
            messages.info(doneKey, lead.getFullName());
            return true;
        } catch (ConcurrentEditException e) {
            conflict = true;
            messages.refused(e, FIELDS);
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
        return false;
    }

    public List<ReasonData> getReasons() { return leads.disqualificationReasons(); }
    public LeadSource[] getSources() { return LeadSource.values(); }
    public NeedUrgency[] getUrgencies() { return NeedUrgency.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LeadData getLead() { return lead; }
    public boolean isConflict() { return conflict; }
    public Long getReasonId() { return reasonId; }
    public void setReasonId(Long reasonId) { this.reasonId = reasonId; }
    public String getReasonNote() { return reasonNote; }
    public void setReasonNote(String reasonNote) { this.reasonNote = reasonNote; }
    public ConversionPreviewData getPreview() { return preview; }
    public ConversionData getConversion() { return conversion; }
}
