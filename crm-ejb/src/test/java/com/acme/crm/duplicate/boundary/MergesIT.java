package com.acme.crm.duplicate.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.activity.boundary.ActivityType;
import com.acme.crm.lead.boundary.ConversionData;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.NeedUrgency;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Merging leads, contacts and accounts, and the duplicate scan, in the container. */
@ExtendWith(ArquillianExtension.class)
class MergesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject Merges merges;
    @Inject DuplicateScans scans;
    @Inject Leads leads;
    @Inject Accounts accounts;
    @Inject Activities activities;
    @Inject com.acme.crm.pipeline.boundary.Opportunities opportunities;

    @Test
    void leadMergeKeepsChosenValuesMovesActivitiesAndIsRecorded() {
        String email = unique("ada") + "@example.com";
        LeadData kept = as("rep1", () -> leads.createLead(lead("Lovelace", email, "+44 20 1111 0000", "CTO")));
        LeadData gone = as("rep1", () -> leads.createLead(lead("Lovelace", email, "+44 20 2222 0000", "Chief Technology Officer")));
        as("rep1", () -> activities.log(call("Discovery call", gone.getId())));
        LeadData keptNow = as("rep1", () -> leads.getLead(kept.getId()));
        LeadData goneNow = as("rep1", () -> leads.getLead(gone.getId()));

        MergePreviewData preview = as("rep1", () -> merges.preview(RecordKind.LEAD, kept.getId(), gone.getId()));
        assertFalse(field(preview, "email").isDifferent());
        assertTrue(field(preview, "title").isDifferent());
        assertEquals("Chief Technology Officer", field(preview, "title").getDuplicateValue());
        assertEquals(List.of("1 activity"), preview.getMoving());

        RecordMergeData merge = as("rep1", () -> merges.merge(new MergeData(RecordKind.LEAD, kept.getId(),
                keptNow.getVersion(), gone.getId(), goneNow.getVersion(), Set.of("title"))));

        LeadData survivor = as("rep1", () -> leads.getLead(kept.getId()));
        assertEquals("Chief Technology Officer", survivor.getTitle(), "taken from the merged lead");
        assertEquals("+44 20 1111 0000", survivor.getPhone(), "not chosen: the survivor's value stays");
        assertThrows(NotFoundException.class, () -> as("rep1", () -> leads.getLead(gone.getId())));
        assertEquals(List.of("Discovery call"), as("rep1", () -> activities.timeline("lead", kept.getId())).stream()
                .map(ActivityData::getSubject).toList(), "the merged lead's activity moved to the survivor");
        assertEquals("Title", merge.getFieldsTaken());
        List<RecordMergeData> history = as("rep1", () -> merges.history(RecordKind.LEAD, kept.getId()));
        assertEquals(1, history.size());
        assertEquals("rep1", history.get(0).getMergedBy());
        assertTrue(history.get(0).getMergedValues().contains("Phone: +44 20 2222 0000"), history.get(0).getMergedValues());
    }

    @Test
    void aStaleVersionOrAnotherTeamsLeadIsRefusedAndNothingChanges() {
        LeadData a = as("rep1", () -> leads.createLead(lead(unique("Stale"), null, null, null)));
        LeadData b = as("rep1", () -> leads.createLead(lead(a.getLastName(), null, null, "Buyer")));
        LeadData other = as("rep2", () -> leads.createLead(lead(a.getLastName(), null, null, null)));

        assertThrows(ConcurrentEditException.class, () -> as("rep1", () -> merges.merge(new MergeData(RecordKind.LEAD,
                a.getId(), a.getVersion() - 1, b.getId(), b.getVersion(), Set.of("title")))));
        assertEquals(a.getLastName(), as("rep1", () -> leads.getLead(b.getId())).getLastName(), "the duplicate is still there");

        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> merges.preview(RecordKind.LEAD, a.getId(), other.getId())));
        assertThrows(AccessDeniedException.class, () -> as("support1", () -> merges.preview(RecordKind.LEAD, a.getId(), b.getId())));
    }

    @Test
    void aConvertedLeadCanOnlyBeTheSurvivor() {
        LeadData open = as("rep1", () -> leads.createLead(qualifiable(unique("Open Co"))));
        LeadData qualified = as("rep1", () -> leads.createLead(qualifiable(unique("Won Co"))));
        LeadData q = as("rep1", () -> leads.qualifyLead(qualified.getId(), qualified.getVersion()));
        ConversionData decision = new ConversionData();
        decision.setLeadVersion(q.getVersion());
        decision.setOpportunityName("CRM rollout");
        decision.setAmount(new BigDecimal("1000.00"));
        decision.setCurrency("EUR");
        decision.setExpectedCloseDate(LocalDate.now().plusMonths(1));
        LeadData converted = as("rep1", () -> leads.convertLead(q.getId(), decision));

        InvalidStatusChangeException refused = assertThrows(InvalidStatusChangeException.class,
                () -> as("rep1", () -> merges.preview(RecordKind.LEAD, open.getId(), converted.getId())));
        assertTrue(refused.getMessage().contains("swap"), refused.getMessage());
        MergePreviewData swapped = as("rep1", () -> merges.preview(RecordKind.LEAD, converted.getId(), open.getId()));
        as("rep1", () -> merges.merge(new MergeData(RecordKind.LEAD, converted.getId(), swapped.getSurvivorVersion(),
                open.getId(), swapped.getDuplicateVersion(), Set.of())));
        assertEquals(converted.getConvertedOpportunityId(), as("rep1", () -> leads.getLead(converted.getId()))
                .getConvertedOpportunityId(), "the conversion links stay");
    }

    @Test
    void accountMergeMovesContactsAndSubsidiariesAndContactMergeMovesActivities() {
        String name = unique("Globex");
        AccountData kept = as("rep1", () -> accounts.createAccount(account(name + " Inc", null)));
        AccountData gone = as("rep1", () -> accounts.createAccount(account(name + " Incorporated", "https://globex.example")));
        AccountData branch = as("rep1", () -> accounts.createAccount(account(name + " Branch", null, gone.getId())));
        ContactData first = as("rep1", () -> accounts.createContact(contact("Hank", kept.getId(), "hank@globex.example")));
        ContactData second = as("rep1", () -> accounts.createContact(contact("Hank", gone.getId(), null)));

        MergePreviewData preview = as("rep1", () -> merges.preview(RecordKind.ACCOUNT, kept.getId(), gone.getId()));
        assertTrue(preview.getMoving().containsAll(List.of("1 contact", "1 subsidiary")), preview.getMoving().toString());
        as("rep1", () -> merges.merge(new MergeData(RecordKind.ACCOUNT, kept.getId(), preview.getSurvivorVersion(),
                gone.getId(), preview.getDuplicateVersion(), Set.of("website"))));

        assertEquals("https://globex.example", as("rep1", () -> accounts.getAccount(kept.getId())).getWebsite());
        assertEquals(kept.getId(), as("rep1", () -> accounts.getContact(second.getId())).getAccountId());
        assertEquals(kept.getId(), as("rep1", () -> accounts.getAccount(branch.getId())).getParentId());
        assertThrows(NotFoundException.class, () -> as("rep1", () -> accounts.getAccount(gone.getId())));

        // now the two Hanks work for the same account: merge them, keeping the call logged with the second
        ActivityData logged = new ActivityData();
        logged.setType(ActivityType.CALL);
        logged.setSubject("Call with Hank");
        logged.setStartsAt(LocalDateTime.now().minusDays(1));
        logged.setContactId(second.getId());
        as("rep1", () -> activities.log(logged));
        MergePreviewData contacts = as("rep1", () -> merges.preview(RecordKind.CONTACT, first.getId(), second.getId()));
        as("rep1", () -> merges.merge(new MergeData(RecordKind.CONTACT, first.getId(), contacts.getSurvivorVersion(),
                second.getId(), contacts.getDuplicateVersion(), Set.of())));
        assertEquals(List.of("Call with Hank"), as("rep1", () -> activities.timeline("contact", first.getId())).stream()
                .map(ActivityData::getSubject).toList());
        assertEquals("hank@globex.example", as("rep1", () -> accounts.getContact(first.getId())).getEmail());
    }

    @Test
    void twoContactsInOneDealBecomeOnePersonKeepingTheSurvivorsRole() {
        AccountData account = as("rep1", () -> accounts.createAccount(account(unique("Umbrella"), null)));
        ContactData kept = as("rep1", () -> accounts.createContact(contact("Alice", account.getId(), null)));
        ContactData gone = as("rep1", () -> accounts.createContact(contact("Alice", account.getId(), "alice@umbrella.example")));
        var deal = new com.acme.crm.pipeline.boundary.OpportunityData();
        deal.setName("Umbrella rollout");
        deal.setAccountId(account.getId());
        var opened = as("rep1", () -> opportunities.createOpportunity(deal));
        var withKept = as("rep1", () -> opportunities.involveContact(opened.getId(), opened.getVersion(), kept.getId(),
                com.acme.crm.account.boundary.BuyingRole.CHAMPION, true));
        as("rep1", () -> opportunities.involveContact(opened.getId(), withKept.getVersion(), gone.getId(),
                com.acme.crm.account.boundary.BuyingRole.DECISION_MAKER, false));

        MergePreviewData preview = as("rep1", () -> merges.preview(RecordKind.CONTACT, kept.getId(), gone.getId()));
        assertTrue(preview.getMoving().contains("1 deal it takes part in"), preview.getMoving().toString());
        as("rep1", () -> merges.merge(new MergeData(RecordKind.CONTACT, kept.getId(), preview.getSurvivorVersion(),
                gone.getId(), preview.getDuplicateVersion(), Set.of("email"))));

        var people = as("rep1", () -> opportunities.getOpportunity(opened.getId())).getContacts();
        assertEquals(1, people.size());
        assertEquals(kept.getId(), people.get(0).getContactId());
        assertEquals(com.acme.crm.account.boundary.BuyingRole.CHAMPION, people.get(0).getRole());
        assertTrue(people.get(0).isPrimary());
    }

    @Test
    void theScanGroupsLinkedRecordsRemembersDismissalsAndForgetsMergedOnes() {
        String email = unique("shared") + "@example.com";
        String phone = "+1 555 " + (1000000 + (int) (Math.random() * 8999999));
        LeadData one = as("rep1", () -> leads.createLead(lead(unique("Scan"), email, null, null)));
        LeadData two = as("rep1", () -> leads.createLead(lead(unique("Scan"), email, phone, null)));
        LeadData three = as("rep2", () -> leads.createLead(lead(unique("Scan"), null, phone, null)));

        assertThrows(AccessDeniedException.class, () -> as("manager1", () -> scans.scan()));
        DuplicateScanData scan = as("admin", () -> scans.scan());
        assertEquals("admin", scan.getStartedBy());
        DuplicateGroupData group = groupWith(one.getId()).orElseThrow();
        assertEquals(List.of(one.getId(), two.getId(), three.getId()), group.getMembers().stream().map(DuplicateMemberData::getId).toList());
        assertEquals("same e-mail, same phone", group.getReason());

        as("admin", () -> scans.dismiss(group.getId(), group.getVersion()));
        as("admin", () -> scans.scan());
        assertTrue(groupWith(one.getId()).isEmpty(), "a dismissed group is not reported again");

        LeadData four = as("rep1", () -> leads.createLead(lead(unique("Again"), unique("again") + "@example.com", null, null)));
        LeadData five = as("rep1", () -> leads.createLead(lead(unique("Again"), four.getEmail(), null, null)));
        as("admin", () -> scans.scan());
        DuplicateGroupData pair = groupWith(four.getId()).orElseThrow();
        assertEquals(2, pair.getMembers().size());
        MergePreviewData preview = as("admin", () -> merges.preview(RecordKind.LEAD, four.getId(), five.getId()));
        as("admin", () -> merges.merge(new MergeData(RecordKind.LEAD, four.getId(), preview.getSurvivorVersion(),
                five.getId(), preview.getDuplicateVersion(), Set.of())));
        assertTrue(groupWith(four.getId()).isEmpty(), "merged: nothing left to review");
    }

    private Optional<DuplicateGroupData> groupWith(long leadId) {
        for (int page = 0; ; page++) {
            int p = page;
            var groups = as("admin", () -> scans.findGroups(new PageQuery(p, 200, null, true, null, Map.of("kind", "lead"))));
            Optional<DuplicateGroupData> found = groups.getItems().stream()
                    .filter(g -> g.getMembers().stream().anyMatch(m -> m.getId() == leadId)).findFirst();
            if (found.isPresent() || (page + 1) * 200L >= groups.getTotal()) {
                return found;
            }
        }
    }

    private static MergeFieldData field(MergePreviewData preview, String name) {
        return preview.getFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static LeadData lead(String lastName, String email, String phone, String title) {
        LeadData lead = new LeadData();
        lead.setFirstName("Ada");
        lead.setLastName(lastName);
        lead.setEmail(email);
        lead.setPhone(phone);
        lead.setTitle(title);
        lead.setSource(LeadSource.WEB);
        return lead;
    }

    private static LeadData qualifiable(String company) {
        LeadData lead = lead("Byron", company.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.com", null, null);
        lead.setCompany(company);
        lead.setBudgetAmount(new BigDecimal("30000"));
        lead.setBudgetCurrency("EUR");
        lead.setDecisionMaker(true);
        lead.setNeed("Replace spreadsheets");
        lead.setNeedUrgency(NeedUrgency.HIGH);
        lead.setExpectedPurchaseDate(LocalDate.now().plusDays(45));
        return lead;
    }

    private static ActivityData call(String subject, long leadId) {
        ActivityData call = new ActivityData();
        call.setType(ActivityType.CALL);
        call.setSubject(subject);
        call.setStartsAt(LocalDateTime.now().minusHours(1));
        call.setLeadId(leadId);
        return call;
    }

    private static AccountData account(String name, String website) {
        return account(name, website, null);
    }

    private static AccountData account(String name, String website, Long parentId) {
        AccountData account = new AccountData();
        account.setName(name);
        account.setWebsite(website);
        account.setParentId(parentId);
        return account;
    }

    private static ContactData contact(String firstName, long accountId, String email) {
        ContactData contact = new ContactData();
        contact.setFirstName(firstName);
        contact.setLastName("Scorpio");
        contact.setAccountId(accountId);
        contact.setEmail(email);
        return contact;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
