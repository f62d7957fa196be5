package com.acme.crm.lead.boundary;

import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.lead.control.LeadAssignment;
import com.acme.crm.lead.control.LeadEvents;
import com.acme.crm.lead.control.LeadFactory;
import com.acme.crm.lead.control.LeadMapping;
import com.acme.crm.lead.control.WebFormIntake;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.lead.entity.LeadSettings;
import com.acme.crm.lead.entity.WebForm;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.TransactionUser;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.Inputs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lead capture from the company's public site. Admins create web forms (each with its key and
 * the source, campaign and owner its leads get), change and revoke them; a visitor's post with
 * a form's key becomes a lead, without a CRM login, within the form's rate limits. A robot's
 * post (the honeypot filled in) is answered like any other and creates nothing.
 */
@Stateless
@PermitAll
public class WebForms {

    private static final String TYPE = "Web form";

    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject InputValidation validation;
    @Inject WebFormIntake intake;
    @Inject LeadAssignment assignment;
    @Inject LeadMapping mapping;
    @Inject LeadEvents events;
    @Inject TransactionUser transactionUser;
    @Inject Clock clock;
    @PersistenceContext EntityManager em;

    public List<WebFormData> forms() {
        caller.requireAnyRole(Role.ADMIN);
        // the working forms first, then the revoked ones for their history
        return new ArrayList<>(em.createQuery("select f from WebForm f order by f.name, f.id", WebForm.class)
                .getResultStream().sorted(java.util.Comparator.comparing(WebForm::isRevoked)).map(WebForms::toData).toList());
    }

    public WebFormData form(long id) {
        caller.requireAnyRole(Role.ADMIN);
        return toData(find(id));
    }

    public WebFormData create(WebFormData data) {
        CallerScope admin = caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        WebForm form = new WebForm(WebFormIntake.newKey());
        describe(admin, form, data);
        em.persist(form);
        em.flush();
        return toData(form);
    }

    public WebFormData change(WebFormData data) {
        CallerScope admin = caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to change a web form");
        }
        WebForm form = find(data.getId());
        customers.requireSameVersion(data.getVersion(), form.getVersion(), TYPE, form.getId());
        if (form.isRevoked()) {
            throw new InvalidInputException("id", "this form is revoked: create a new one");
        }
        describe(admin, form, data);
        em.flush();
        return toData(form);
    }

    /** The key stops working at once and for good; the form stays listed with the leads it brought. */
    public WebFormData revoke(long id, Long version) {
        caller.requireAnyRole(Role.ADMIN);
        WebForm form = find(id);
        customers.requireSameVersion(version, form.getVersion(), TYPE, form.getId());
        form.revoke(clock.instant());
        em.flush();
        return toData(form);
    }

    /**
     * A visitor's post to the form with this key, from this address. Answers where the
     * visitor's browser goes next (the form's redirect address, or null), the same for a robot.
     */
    public String submit(String key, WebFormEntry entry, String address) {
        WebForm form = em.createQuery("select f from WebForm f where f.key = :key and f.revokedAt is null", WebForm.class)
                .setParameter("key", key == null ? "" : key)
                // the form's row serialises its posts, so the limits count every post on every instance
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                // the same words for a revoked and a made-up key: a guesser learns nothing
                .orElseThrow(() -> new NotFoundException("Web form", "with this key"));
        Instant now = clock.instant();
        intake.requireWithinLimits(form, address, now);
        if (WebFormIntake.isRobot(entry)) {
            intake.record(form, address, now);
            return form.getRedirectUrl();
        }
        validation.check(entry);
        LeadData data = validation.check(WebFormIntake.leadInput(form, entry));
        transactionUser.actFor(auditName(form));
        Lead lead = new Lead(data.getLastName().strip(), form.getSource(), ownerOf(form));
        LeadFactory.apply(lead, data, mapping);
        LeadFactory.rescore(lead, em.find(LeadSettings.class, LeadSettings.ID).rules(), 0, LocalDate.now(clock));
        em.persist(lead);
        em.flush();
        events.created(lead);
        form.leadCreated(now);
        intake.record(form, address, now);
        return form.getRedirectUrl();
    }

    private CrmUser ownerOf(WebForm form) {
        if (form.isAssignByRules()) {
            // a public form asks nothing the rules could tell apart: the rules without industry and region decide
            return assignment.ownerFor(null, null).orElse(form.getOwner());
        }
        return form.getOwner();
    }

    private void describe(CallerScope admin, WebForm form, WebFormData data) {
        CrmUser owner = customers.ownerFor(admin, data.getOwnerId(), null);
        form.describe(data.getName().strip(), data.getSource(), Inputs.blankToNull(data.getCampaign()), owner,
                data.isAssignByRules(), redirect(data.getRedirectUrl()));
    }

    private WebForm find(long id) {
        WebForm form = em.find(WebForm.class, id);
        if (form == null) {
            throw new NotFoundException(TYPE, id);
        }
        return form;
    }

    /** "web form Contact us": who created the form's leads, in their history. */
    private static String auditName(WebForm form) {
        return "web form " + form.getName();
    }

    private static String redirect(String url) {
        String text = Inputs.blankToNull(url);
        return text == null ? null : Inputs.webAddress("redirectUrl", text, "https://www.example.com/thank-you");
    }

    static WebFormData toData(WebForm f) {
        WebFormData d = new WebFormData();
        d.setId(f.getId());
        d.setVersion(f.getVersion());
        d.setName(f.getName());
        d.setKey(f.getKey());
        d.setSource(f.getSource());
        d.setCampaign(f.getCampaign());
        d.setOwnerId(f.getOwner().getId());
        d.setOwnerName(f.getOwner().getDisplayName());
        d.setOwnerActive(f.getOwner().isActive());
        d.setAssignByRules(f.isAssignByRules());
        d.setRedirectUrl(f.getRedirectUrl());
        d.setCreatedAt(f.getCreatedAt());
        d.setRevokedAt(f.getRevokedAt());
        d.setLeadsCreated(f.getLeadsCreated());
        d.setLastLeadAt(f.getLastLeadAt());
        return d;
    }
}
