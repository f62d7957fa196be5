package com.acme.crm.lead.control;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.lead.boundary.ConversionData;
import com.acme.crm.lead.boundary.DuplicateData;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.pipeline.control.DealFactory;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.shared.api.Address;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Turns a qualified lead into what it became: an account (new or existing), a contact (new
 * or existing) and an opportunity in the first stage, and links the lead to them. Runs inside
 * the caller's transaction, so a failure at any step creates nothing.
 */
@Dependent
public class LeadConversion {

    @PersistenceContext
    EntityManager em;

    @Inject
    LeadEvents events;

    @Inject
    DealFactory deals;

    @Inject
    CustomerAccess customers;

    @Inject
    Clock clock;

    /** Accounts and contacts the lead probably already is (shown before the user decides). */
    public List<DuplicateData> matchingAccounts(List<DuplicateData> duplicates) {
        return duplicates.stream().filter(d -> d.getRecordType().equals("Account")).toList();
    }

    public List<DuplicateData> matchingContacts(List<DuplicateData> duplicates) {
        return duplicates.stream().filter(d -> d.getRecordType().equals("Contact")).toList();
    }

    public Opportunity convert(CallerScope scope, Lead lead, ConversionData decision) {
        com.acme.crm.pipeline.control.CloseDates.check("expectedCloseDate", decision.getExpectedCloseDate(), null, true,
                java.time.LocalDate.now(clock));
        Account account = decision.getExistingAccountId() == null ? newAccount(lead)
                : customers.visibleAccount(scope, decision.getExistingAccountId());
        Contact contact = decision.getExistingContactId() == null ? newContact(lead, account)
                : existingContact(scope, decision.getExistingContactId(), account);
        Opportunity opportunity = deals.open(decision.getOpportunityName().strip(), account, contact, lead.getOwner(),
                lead.getId(), decision.getAmount(), Inputs.blankToNull(decision.getCurrency()), decision.getExpectedCloseDate(),
                scope.username());
        opportunity.originate(lead.getSource(), null);
        // what qualification found out carries over, so that the deal's own BANT starts complete
        var bant = lead.getBant();
        String decider = bant.getDecisionMakerName() != null ? bant.getDecisionMakerName()
                : Boolean.TRUE.equals(bant.getDecisionMaker()) ? LeadConversion.personOf(lead) : null;
        opportunity.qualify(bant.getBudgetAmount(), bant.isBudgetConfirmed(), decider);
        opportunity.assessNeeds(bant.getNeed(), null, null, null);
        em.flush();
        lead.markConverted(account.getId(), contact.getId(), opportunity.getId(), clock.instant());
        events.converted(lead);
        // the lead's history follows it; the activities keep the lead as well
        em.createQuery("update Activity a set a.contact = :contact, a.account = :account, a.opportunity = :opportunity,"
                        + " a.version = a.version + 1 where a.lead.id = :lead")
                .setParameter("contact", contact).setParameter("account", account)
                .setParameter("opportunity", opportunity).setParameter("lead", lead.getId())
                .executeUpdate();
        return opportunity;
    }

    static String personOf(Lead lead) {
        return (lead.getFirstName() == null ? "" : lead.getFirstName() + " ") + lead.getLastName();
    }

    public static String accountNameFor(Lead lead) {
        return lead.getCompany() != null ? lead.getCompany()
                : (lead.getFirstName() == null ? "" : lead.getFirstName() + " ") + lead.getLastName();
    }

    private Account newAccount(Lead lead) {
        Account account = new Account(accountNameFor(lead), lead.getOwner());
        account.describe(lead.getIndustry(), lead.getEmployees(), null);
        Address address = new Address();
        address.setRegion(lead.getRegion());
        address.setCountry(lead.getCountry());
        account.reachAt(null, lead.getPhone(), address);
        em.persist(account);
        return account;
    }

    private Contact newContact(Lead lead, Account account) {
        Contact contact = new Contact(lead.getLastName(), lead.getOwner());
        contact.rename(lead.getFirstName(), lead.getLastName(), lead.getTitle());
        contact.reachAt(lead.getEmail(), lead.getPhone(), null);
        contact.workFor(account, Boolean.TRUE.equals(lead.getBant().getDecisionMaker()) ? BuyingRole.DECISION_MAKER : null);
        em.persist(contact);
        return contact;
    }

    private Contact existingContact(CallerScope scope, long contactId, Account account) {
        Contact contact = customers.visibleContact(scope, contactId);
        if (contact.getAccount() == null) {
            contact.workFor(account, contact.getBuyingRole());
        } else if (!contact.getAccount().getId().equals(account.getId())) {
            throw new InvalidInputException("existingContactId", "works for " + contact.getAccount().getName()
                    + ", not for the chosen account");
        }
        return contact;
    }
}
