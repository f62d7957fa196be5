package com.acme.crm.web.lead;

import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.WebFormData;
import com.acme.crm.lead.boundary.WebForms;
import com.acme.crm.lead.control.WebFormIntake;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Admin: the public site's lead-capture forms: create one, change or revoke it, and the HTML that posts to it. */
@Named
@ViewScoped
public class WebFormsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "edit:name", "source", "edit:source",
            "campaign", "edit:campaign", "ownerId", "edit:owner", "redirectUrl", "edit:redirect");

    @Inject WebForms webForms;
    @Inject Users users;
    @Inject FacesMessages messages;

    private List<WebFormData> forms;
    private WebFormData draft = new WebFormData();
    private Long shownId;

    public void load() {
        forms = RecordPage.open(() -> webForms.forms());
    }

    public void save() {
        try {
            boolean creating = draft.getId() == null;
            WebFormData saved = creating ? webForms.create(draft) : webForms.change(draft);
            messages.info(creating ? "webForm.created" : "webForm.changed", saved.getName());
            draft = new WebFormData();
            shownId = saved.getId();
            forms = webForms.forms();
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    public void edit(WebFormData form) {
        draft = webForms.form(form.getId());
    }

    public void cancel() {
        draft = new WebFormData();
    }

    public void revoke(WebFormData form) {
        try {
            webForms.revoke(form.getId(), form.getVersion());
            messages.info("webForm.revoked", form.getName());
            if (form.getId().equals(draft.getId())) {
                draft = new WebFormData();
            }
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
        forms = webForms.forms();
    }

    public void show(WebFormData form) {
        shownId = form.getId().equals(shownId) ? null : form.getId();
    }

    public WebFormData getShown() {
        return forms.stream().filter(f -> f.getId().equals(shownId)).findFirst().orElse(null);
    }

    /** The address the public site posts to, as the visitors' browsers reach this server. */
    public String address(WebFormData form) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf(request.getRequestURI()));
        return base + external.getRequestContextPath() + "/api/forms/" + form.getKey() + "/leads";
    }

    /** A plain HTML form that posts to the form, with the honeypot hidden from people (and screen readers). */
    public String html(WebFormData form) {
        return """
                <form method="post" action="%s">
                  <label>First name <input name="firstName" maxlength="100"></label>
                  <label>Last name <input name="lastName" maxlength="100" required></label>
                  <label>E-mail <input name="email" type="email" maxlength="200" required></label>
                  <label>Phone <input name="phone" type="tel" maxlength="50"></label>
                  <label>Company <input name="company" maxlength="200"></label>
                  <label>Your message <textarea name="message" maxlength="2000"></textarea></label>
                  <!-- leave this hidden and empty: only robots fill it in -->
                  <input name="%s" tabindex="-1" autocomplete="off" aria-hidden="true"
                         style="position:absolute;left:-10000px">
                  <button type="submit">Send</button>
                </form>""".formatted(address(form), WebFormIntake.HONEYPOT);
    }

    public String title() {
        return draft.getId() == null ? "New web form" : "Change " + forms.stream().filter(f -> f.getId().equals(draft.getId()))
                .map(WebFormData::getName).findFirst().orElse("the web form");
    }

    public LeadSource[] getSources() { return LeadSource.values(); }
    public List<OwnerData> getOwners() { return users.owners(); }
    public List<WebFormData> getForms() { return forms; }
    public WebFormData getDraft() { return draft; }
    public Long getShownId() { return shownId; }
}
