package com.acme.crm.lead.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Leads in the container: scoring on save, duplicates, qualification, conversion atomicity, visibility. */
@ExtendWith(ArquillianExtension.class)
class LeadsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject
    Leads leads;

    @Inject
    Accounts accounts;

    @Test
    void savedLeadIsScoredAndExplained() {
        LeadData lead = qualifiable(unique("Scored"));
        LeadData saved = as("rep1", () -> leads.createLead(lead));
        assertEquals(LeadStatus.NEW, saved.getStatus());
        assertEquals(saved.getScoreFactors().stream().mapToInt(ScoreFactorData::getPoints).sum(), saved.getScore());
        assertTrue(saved.getScore() > 40, "BANT known: at least warm, was " + saved.getScore());
        assertEquals("Riley Reed", saved.getOwnerName());
    }

    @Test
    void likelyDuplicatesAmongContactsAndAccountsAreShown() {
        String company = unique("Dup Company");
        AccountData account = new AccountData();
        account.setName(company + " Ltd");
        AccountData savedAccount = as("rep2", () -> accounts.createAccount(account));
        ContactData contact = new ContactData();
        contact.setFirstName("Marie");
        contact.setLastName("Curie");
        contact.setEmail(unique("marie").replace(" ", "") + "@example.com");
        contact.setAccountId(savedAccount.getId());
        ContactData savedContact = as("rep2", () -> accounts.createContact(contact));

        LeadData lead = new LeadData();
        lead.setFirstName("MARIE");
        lead.setLastName("Curie");
        lead.setCompany(company.toUpperCase() + " Limited");
        lead.setEmail(contact.getEmail().toUpperCase());
        LeadData saved = as("rep2", () -> leads.createLead(lead));

        assertTrue(saved.getDuplicates().stream().anyMatch(d -> d.getRecordType().equals("Contact")
                && d.getId() == savedContact.getId() && d.getReason().contains("same e-mail")
                && d.getReason().contains("same name at the same company")), describe(saved));
        assertTrue(saved.getDuplicates().stream().anyMatch(d -> d.getRecordType().equals("Account")
                && d.getId() == savedAccount.getId()), describe(saved));

        // another team's rep learns that someone has this customer, not who, where or whose
        lead.setEmail(contact.getEmail());
        LeadData elsewhere = as("rep1", () -> leads.createLead(lead));
        String seen = describe(elsewhere);
        assertTrue(elsewhere.getDuplicates().stream().anyMatch(d -> d.getRecordType().equals("Contact") && d.getId() == 0
                && d.getLabel().startsWith("a contact of another team") && d.getReason().contains("same e-mail")), seen);
        assertTrue(elsewhere.getDuplicates().stream().anyMatch(d -> d.getRecordType().equals("Account") && d.getId() == 0), seen);
        assertTrue(!seen.contains("Curie") && !seen.contains(company) && !seen.contains("Sam Stone"), seen);
    }

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Test
    void everyChangedFieldIsInTheLeadsHistoryWithWhoAndWhenAndOnlyWhatWasSaved() {
        LeadData lead = new LeadData();
        lead.setLastName(unique("Historic"));
        lead.setCompany("Old Company");
        lead.setEmployees(40);
        LeadData saved = as("rep1", () -> leads.createLead(lead));
        saved.setCompany("New Company");
        saved.setEmployees(400);
        saved.setBudgetAmount(new BigDecimal("12000"));
        saved.setBudgetCurrency("EUR");
        LeadData changed = as("rep1", () -> leads.updateLead(saved));

        changed.setCompany("Refused Company");
        changed.setEmail("not an e-mail");
        assertThrows(InvalidInputException.class, () -> as("rep1", () -> leads.updateLead(changed)));

        List<com.acme.crm.audit.boundary.FieldChangeData> history = as("rep1",
                () -> histories.historyOf("Lead", saved.getId(), new PageQuery(0, 50))).getItems();
        Map<String, String> fields = new java.util.HashMap<>();
        history.forEach(c -> fields.put(c.getField(), c.getOldValue() + " → " + c.getNewValue()));
        assertEquals("Old Company → New Company", fields.get("Company"), history.toString());
        assertEquals("40 → 400", fields.get("Employees"));
        assertEquals(" → 12000", fields.get("Budget amount"));
        assertEquals("new → working", fields.get("Status"), "status changes are in it too");
        assertTrue(history.stream().allMatch(c -> c.getUsername().equals("rep1") && c.getOccurredAt() != null));
        assertTrue(history.stream().noneMatch(c -> "Refused Company".equals(c.getNewValue())), "a refused change left no trace");
        assertThrows(AccessDeniedException.class,
                () -> as("rep2", () -> histories.historyOf("Lead", saved.getId(), new PageQuery(0, 50))), "another team's history");
        assertTrue(as("admin", () -> histories.search(new PageQuery(0, 200, null, true, null, Map.of("user", "rep1", "type", "Lead"))))
                .getItems().stream().anyMatch(c -> c.getRecordId() == saved.getId()), "admins search it by user");
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> histories.search(new PageQuery(0, 10))));
    }

    @Test
    void qualifyingNeedsTheBantMinimumAndNamesWhatIsMissing() {
        LeadData lead = new LeadData();
        lead.setLastName(unique("Vague"));
        LeadData saved = as("rep1", () -> leads.createLead(lead));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as("rep1", () -> leads.qualifyLead(saved.getId(), saved.getVersion())));
        assertEquals(List.of("need", "expectedPurchaseDate", "budgetAmount"),
                refused.getFieldErrors().stream().map(FieldError::getField).toList());
        assertEquals(LeadStatus.NEW, as("rep1", () -> leads.getLead(saved.getId())).getStatus());
    }

    @Test
    void convertingCreatesAccountContactAndOpportunityTogether() {
        String company = unique("Converted Co");
        LeadData lead = qualifiable(company);
        LeadData qualified = qualify(as("rep1", () -> leads.createLead(lead)));

        ConversionPreviewData preview = as("rep1", () -> leads.previewConversion(qualified.getId()));
        assertEquals(company, preview.getNewAccountName());
        assertEquals(0, preview.getMatchingAccounts().size());

        ConversionData decision = decision(qualified.getVersion(), "New CRM for " + company);
        LeadData converted = as("rep1", () -> leads.convertLead(qualified.getId(), decision));
        assertEquals(LeadStatus.CONVERTED, converted.getStatus());
        assertNotNull(converted.getConvertedOpportunityId());

        AccountData account = as("rep1", () -> accounts.getAccount(converted.getConvertedAccountId()));
        assertEquals(company, account.getName());
        List<ContactData> contacts = as("rep1", () -> accounts.getContactsOfAccount(account.getId()));
        assertEquals(1, contacts.size());
        assertEquals(lead.getEmail(), contacts.get(0).getEmail());
        assertThrows(InvalidStatusChangeException.class, () -> as("rep1",
                () -> leads.convertLead(converted.getId(), decision(converted.getVersion(), "again"))));
    }

    @Test
    void failedConversionCreatesNothing() {
        String company = unique("Atomic Co");
        LeadData qualified = qualify(as("rep1", () -> leads.createLead(qualifiable(company))));
        AccountData other = new AccountData();
        other.setName(unique("Other Account"));
        AccountData otherAccount = as("rep1", () -> accounts.createAccount(other));
        ContactData elsewhere = new ContactData();
        elsewhere.setLastName("Elsewhere");
        elsewhere.setAccountId(otherAccount.getId());
        ContactData contactElsewhere = as("rep1", () -> accounts.createContact(elsewhere));

        // a new account is created first, then the chosen contact turns out to work elsewhere
        ConversionData decision = decision(qualified.getVersion(), "Doomed");
        decision.setExistingContactId(contactElsewhere.getId());
        assertThrows(InvalidInputException.class, () -> as("rep1", () -> leads.convertLead(qualified.getId(), decision)));

        assertEquals(0, as("admin", () -> accounts.findAccounts(new PageQuery(0, 5, null, true, company, null))).getTotal(),
                "the account created before the failure was rolled back");
        assertEquals(LeadStatus.QUALIFIED, as("rep1", () -> leads.getLead(qualified.getId())).getStatus());
    }

    @Test
    void anotherTeamCannotSeeOrConvertAndSupportSeesNoLeads() {
        LeadData qualified = qualify(as("rep1", () -> leads.createLead(qualifiable(unique("Private Co")))));
        assertThrows(AccessDeniedException.class, () -> as("rep2", () -> leads.getLead(qualified.getId())));
        assertThrows(AccessDeniedException.class, () -> as("rep2",
                () -> leads.convertLead(qualified.getId(), decision(qualified.getVersion(), "stolen"))));
        assertThrows(AccessDeniedException.class, () -> as("support1", () -> leads.findLeads(new PageQuery(0, 5))));
        assertEquals(qualified.getLastName(), as("manager1", () -> leads.getLead(qualified.getId())).getLastName());
        assertEquals(0, as("rep2", () -> leads.findLeads(new PageQuery(0, 5, null, true, qualified.getLastName(),
                Map.of()))).getTotal());
    }

    @Test
    void disqualifiedLeadNeedsAReasonAndCanBeReopened() {
        LeadData lead = as("rep1", () -> leads.createLead(qualifiable(unique("Dropped"))));
        ReasonData noBudget = as("rep1", () -> leads.disqualificationReasons()).stream()
                .filter(r -> r.getName().equals("No budget")).findFirst().orElseThrow();
        assertThrows(InvalidInputException.class, () -> as("rep1",
                () -> leads.disqualifyLead(lead.getId(), lead.getVersion(), -1, null)));
        LeadData dropped = as("rep1", () -> leads.disqualifyLead(lead.getId(), lead.getVersion(), noBudget.getId(), "next year"));
        assertEquals(LeadStatus.DISQUALIFIED, dropped.getStatus());
        assertEquals("No budget", dropped.getDisqualificationReason());
        LeadData reopened = as("rep1", () -> leads.reopenLead(dropped.getId(), dropped.getVersion()));
        assertEquals(LeadStatus.WORKING, reopened.getStatus());
    }

    @Test
    void listsSortByScoreHighestFirstByDefaultAndFilterByRating() {
        String campaign = unique("camp");
        LeadData cold = new LeadData();
        cold.setLastName("Cold");
        cold.setCampaign(campaign);
        as("rep1", () -> leads.createLead(cold));
        LeadData hot = qualifiable(unique("Hot Co"));
        hot.setCampaign(campaign);
        as("rep1", () -> leads.createLead(hot));
        List<LeadData> found = as("rep1", () -> leads.findLeads(new PageQuery(0, 10, null, true, null,
                Map.of("campaign", campaign)))).getItems();
        assertEquals(2, found.size());
        assertTrue(found.get(0).getScore() > found.get(1).getScore());
        assertEquals(1, as("rep1", () -> leads.findLeads(new PageQuery(0, 10, null, true, null,
                Map.of("campaign", campaign, "rating", "cold")))).getTotal());
    }

    private LeadData qualify(LeadData lead) {
        return as("rep1", () -> leads.qualifyLead(lead.getId(), lead.getVersion()));
    }

    private static ConversionData decision(long version, String opportunityName) {
        ConversionData decision = new ConversionData();
        decision.setLeadVersion(version);
        decision.setOpportunityName(opportunityName);
        decision.setAmount(new BigDecimal("25000.00"));
        decision.setCurrency("EUR");
        decision.setExpectedCloseDate(LocalDate.now().plusMonths(2));
        return decision;
    }

    static LeadData qualifiable(String company) {
        LeadData lead = new LeadData();
        lead.setFirstName("Ada");
        lead.setLastName("Byron");
        lead.setCompany(company);
        lead.setEmail(company.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.com");
        lead.setSource(LeadSource.REFERRAL);
        lead.setBudgetAmount(new BigDecimal("30000"));
        lead.setBudgetCurrency("EUR");
        lead.setBudgetConfirmed(true);
        lead.setDecisionMaker(true);
        lead.setNeed("Replace spreadsheets with a CRM");
        lead.setNeedUrgency(NeedUrgency.HIGH);
        lead.setExpectedPurchaseDate(LocalDate.now().plusDays(45));
        return lead;
    }

    private static String describe(LeadData lead) {
        return lead.getDuplicates().stream().map(d -> d.getRecordType() + " " + d.getLabel() + ": " + d.getReason()).toList().toString();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
