package com.acme.crm.lead.control;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.lead.boundary.DuplicateData;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.security.control.CallerScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds records that are probably the same person or company as a lead: other leads and
 * contacts with the same normalised e-mail or phone, or the same person at the same company
 * (case, accents, punctuation and legal suffixes ignored); accounts with the same company
 * name. All matches use indexed normal forms stored with the records.
 */
@Dependent
public class LeadDuplicates {

    private static final int MAX_PER_KIND = 5;

    @PersistenceContext
    EntityManager em;

    /** Placeholder id of a match the caller may not see. */
    public static final long HIDDEN = 0L;

    /**
     * Likely duplicates, as the caller may know them: a match among records the caller cannot
     * see is reported without its name, company, owner or id ("a lead of another team"), so
     * that the user can ask before creating a second record, and learns nothing about another
     * team's customers.
     */
    public List<DuplicateData> of(Lead lead, CallerScope scope) {
        Map<String, DuplicateData> found = new LinkedHashMap<>();
        long self = lead.getId() == null ? -1L : lead.getId();
        if (lead.getEmailNorm() != null) {
            leads("l.emailNorm = :v", lead.getEmailNorm(), self).forEach(l -> add(found, l, scope, "same e-mail"));
            contacts("c.email = :v", lead.getEmailNorm()).forEach(c -> add(found, c, scope, "same e-mail"));
        }
        if (lead.getPhoneNorm() != null) {
            leads("l.phoneNorm = :v", lead.getPhoneNorm(), self).forEach(l -> add(found, l, scope, "same phone"));
            contacts("c.phoneNorm = :v", lead.getPhoneNorm()).forEach(c -> add(found, c, scope, "same phone"));
        }
        if (lead.getCompanyNorm() != null && lead.getPersonNorm() != null) {
            em.createQuery("select l from Lead l where l.companyNorm = :company and l.personNorm = :person and l.id <> :self",
                            Lead.class)
                    .setParameter("company", lead.getCompanyNorm()).setParameter("person", lead.getPersonNorm())
                    .setParameter("self", self).setMaxResults(MAX_PER_KIND).getResultStream()
                    .forEach(l -> add(found, l, scope, "same name at the same company"));
            em.createQuery("select c from Contact c where c.personNorm = :person and c.account.normalizedName = :company",
                            Contact.class)
                    .setParameter("company", lead.getCompanyNorm()).setParameter("person", lead.getPersonNorm())
                    .setMaxResults(MAX_PER_KIND).getResultStream()
                    .forEach(c -> add(found, c, scope, "same name at the same company"));
        }
        if (lead.getCompanyNorm() != null && !lead.getCompanyNorm().isEmpty()) {
            em.createQuery("select a from Account a where a.normalizedName = :company", Account.class)
                    .setParameter("company", lead.getCompanyNorm()).setMaxResults(MAX_PER_KIND).getResultStream()
                    .forEach(a -> found.putIfAbsent("Account" + a.getId(), scope.canSee(a.getOwner().getId(), a.getOwner().getTeamId())
                            ? new DuplicateData("Account", a.getId(), a.getName() + " (owner " + a.getOwner().getDisplayName() + ")",
                                    "company is already an account")
                            : new DuplicateData("Account", HIDDEN, "an account of another team (ask your manager who owns it)",
                                    "company is already an account")));
        }
        return new ArrayList<>(found.values());
    }

    private List<Lead> leads(String condition, String value, long self) {
        return em.createQuery("select l from Lead l where " + condition + " and l.id <> :self", Lead.class)
                .setParameter("v", value).setParameter("self", self).setMaxResults(MAX_PER_KIND).getResultList();
    }

    private List<Contact> contacts(String condition, String value) {
        return em.createQuery("select c from Contact c where " + condition, Contact.class)
                .setParameter("v", value).setMaxResults(MAX_PER_KIND).getResultList();
    }

    private static void add(Map<String, DuplicateData> found, Lead lead, CallerScope scope, String reason) {
        boolean visible = scope.canSeeSales(lead.getOwner().getId(), lead.getOwner().getTeamId());
        String label = !visible ? "a lead of another team (ask your manager who owns it)" : fullName(lead.getFirstName(), lead.getLastName())
                + (lead.getCompany() == null ? "" : ", " + lead.getCompany())
                + " (lead of " + lead.getOwner().getDisplayName() + ", " + lead.getStatus().name().toLowerCase() + ")";
        merge(found, "Lead", visible ? lead.getId() : HIDDEN, label, reason);
    }

    private static void add(Map<String, DuplicateData> found, Contact contact, CallerScope scope, String reason) {
        boolean visible = scope.canSee(contact.getOwner().getId(), contact.getOwner().getTeamId());
        String label = !visible ? "a contact of another team (ask your manager who owns it)" : fullName(contact.getFirstName(), contact.getLastName())
                + (contact.getAccount() == null ? "" : ", " + contact.getAccount().getName())
                + " (contact of " + contact.getOwner().getDisplayName() + ")";
        merge(found, "Contact", visible ? contact.getId() : HIDDEN, label, reason);
    }

    /** One entry per record with all its reasons; the hidden matches of one kind share one entry. */
    private static void merge(Map<String, DuplicateData> found, String type, long id, String label, String reason) {
        found.merge(type + (id == HIDDEN ? "?" : id), new DuplicateData(type, id, label, reason),
                (a, b) -> a.getReason().contains(b.getReason()) ? a : new DuplicateData(type, a.getId(), a.getLabel(), a.getReason() + ", " + b.getReason()));
    }

    private static String fullName(String first, String last) {
        return first == null || first.isBlank() ? last : first + " " + last;
    }
}
