package com.acme.crm.lead.control;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.lead.boundary.DuplicateData;
import com.acme.crm.lead.entity.Lead;
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

    public List<DuplicateData> of(Lead lead) {
        Map<String, DuplicateData> found = new LinkedHashMap<>();
        long self = lead.getId() == null ? -1L : lead.getId();
        if (lead.getEmailNorm() != null) {
            leads("l.emailNorm = :v", lead.getEmailNorm(), self).forEach(l -> add(found, l, "same e-mail"));
            contacts("c.email = :v", lead.getEmailNorm()).forEach(c -> add(found, c, "same e-mail"));
        }
        if (lead.getPhoneNorm() != null) {
            leads("l.phoneNorm = :v", lead.getPhoneNorm(), self).forEach(l -> add(found, l, "same phone"));
            contacts("c.phoneNorm = :v", lead.getPhoneNorm()).forEach(c -> add(found, c, "same phone"));
        }
        if (lead.getCompanyNorm() != null && lead.getPersonNorm() != null) {
            em.createQuery("select l from Lead l where l.companyNorm = :company and l.personNorm = :person and l.id <> :self",
                            Lead.class)
                    .setParameter("company", lead.getCompanyNorm()).setParameter("person", lead.getPersonNorm())
                    .setParameter("self", self).setMaxResults(MAX_PER_KIND).getResultStream()
                    .forEach(l -> add(found, l, "same name at the same company"));
            em.createQuery("select c from Contact c where c.personNorm = :person and c.account.normalizedName = :company",
                            Contact.class)
                    .setParameter("company", lead.getCompanyNorm()).setParameter("person", lead.getPersonNorm())
                    .setMaxResults(MAX_PER_KIND).getResultStream()
                    .forEach(c -> add(found, c, "same name at the same company"));
        }
        if (lead.getCompanyNorm() != null && !lead.getCompanyNorm().isEmpty()) {
            em.createQuery("select a from Account a where a.normalizedName = :company", Account.class)
                    .setParameter("company", lead.getCompanyNorm()).setMaxResults(MAX_PER_KIND).getResultStream()
                    .forEach(a -> found.putIfAbsent("Account" + a.getId(), new DuplicateData("Account", a.getId(),
                            a.getName() + " (owner " + a.getOwner().getDisplayName() + ")", "company is already an account")));
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

    private static void add(Map<String, DuplicateData> found, Lead lead, String reason) {
        String label = fullName(lead.getFirstName(), lead.getLastName())
                + (lead.getCompany() == null ? "" : ", " + lead.getCompany())
                + " (lead of " + lead.getOwner().getDisplayName() + ", " + lead.getStatus().name().toLowerCase() + ")";
        found.merge("Lead" + lead.getId(), new DuplicateData("Lead", lead.getId(), label, reason),
                (a, b) -> new DuplicateData("Lead", a.getId(), a.getLabel(), a.getReason() + ", " + b.getReason()));
    }

    private static void add(Map<String, DuplicateData> found, Contact contact, String reason) {
        String label = fullName(contact.getFirstName(), contact.getLastName())
                + (contact.getAccount() == null ? "" : ", " + contact.getAccount().getName())
                + " (contact of " + contact.getOwner().getDisplayName() + ")";
        found.merge("Contact" + contact.getId(), new DuplicateData("Contact", contact.getId(), label, reason),
                (a, b) -> new DuplicateData("Contact", a.getId(), a.getLabel(), a.getReason() + ", " + b.getReason()));
    }

    private static String fullName(String first, String last) {
        return first == null || first.isBlank() ? last : first + " " + last;
    }
}
