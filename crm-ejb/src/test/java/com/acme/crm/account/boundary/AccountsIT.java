package com.acme.crm.account.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.boundary.UserData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotAuthenticatedException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.api.RecordInUseException;
import com.acme.crm.testing.Deployments;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, contacts and users in the container with the real database (H2, or PostgreSQL
 * when CRM_DB_* point at it): migrations, visibility, locking, audit, paging.
 * The demo data of the first start provides the users (rep1 and manager1 in East, rep2 in West).
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Test
    void createdAccountRecordsWhoAndWhenAndStartsAtVersionOne() {
        AccountData created = as("rep1", () -> accounts.createAccount(account(unique("Audited"))));
        assertNotNull(created.getId());
        assertEquals("rep1", created.getCreatedBy());
        assertNotNull(created.getCreatedAt());
        assertEquals("Riley Reed", created.getOwnerName());
        assertEquals(1L, created.getVersion());
    }

    @Test
    void visibilityFollowsTeamsInListsAndSingleReads() {
        String prefix = unique("Visible");
        AccountData east = as("rep1", () -> accounts.createAccount(account(prefix + " East")));
        as("rep2", () -> accounts.createAccount(account(prefix + " West")));

        assertEquals(List.of(prefix + " East"), namesFoundBy("rep1", prefix));
        assertEquals(List.of(prefix + " East"), namesFoundBy("manager1", prefix));
        assertEquals(List.of(prefix + " West"), namesFoundBy("rep2", prefix));
        assertEquals(List.of(prefix + " East", prefix + " West"), namesFoundBy("support1", prefix));
        assertEquals(List.of(prefix + " East", prefix + " West"), namesFoundBy("admin", prefix));

        assertThrows(AccessDeniedException.class, () -> as("rep2", () -> accounts.getAccount(east.getId())));
        assertThrows(AccessDeniedException.class, () -> as("rep2", () -> accounts.deleteAccount(east.getId())));
    }

    @Test
    void supportAgentsReadButDoNotChangeCustomers() {
        AccountData account = as("rep1", () -> accounts.createAccount(account(unique("Support Reads"))));
        assertEquals(account.getName(), as("support1", () -> accounts.getAccount(account.getId())).getName());
        account.setIndustry("Changed by support");
        assertThrows(AccessDeniedException.class, () -> as("support1", () -> accounts.updateAccount(account)));
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThrows(NotAuthenticatedException.class, () -> as(null, () -> accounts.findAccounts(new PageQuery(0, 10))));
    }

    @Test
    void staleVersionIsRefusedAndTheOtherChangeKept() {
        AccountData account = as("rep1", () -> accounts.createAccount(account(unique("Locked"))));
        AccountData mine = copy(account);
        account.setIndustry("Saved first");
        as("manager1", () -> accounts.updateAccount(account));

        mine.setIndustry("Saved second");
        assertThrows(ConcurrentEditException.class, () -> as("rep1", () -> accounts.updateAccount(mine)));
        AccountData now = as("rep1", () -> accounts.getAccount(account.getId()));
        assertEquals("Saved first", now.getIndustry());
        assertEquals("manager1", now.getUpdatedBy());
        assertEquals(2L, now.getVersion());
    }

    @Test
    void invalidAccountIsRefusedFieldByFieldAndNothingIsSaved() {
        String marker = unique("Invalid");
        AccountData bad = account(" ");
        bad.setWebsite("no web site");
        bad.setIndustry(marker);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> as("rep1", () -> accounts.createAccount(bad)));
        assertEquals(List.of("name", "website"), e.getFieldErrors().stream().map(f -> f.getField()).toList());
        assertEquals(0, as("admin", () -> accounts.findAccounts(query(marker))).getTotal());
    }

    @Test
    void accountWithContactsOrSubsidiariesCannotBeDeleted() {
        AccountData parent = as("rep1", () -> accounts.createAccount(account(unique("Parent"))));
        ContactData contact = new ContactData();
        contact.setLastName("Turing");
        contact.setAccountId(parent.getId());
        ContactData saved = as("rep1", () -> accounts.createContact(contact));

        RecordInUseException refused = assertThrows(RecordInUseException.class,
                () -> as("rep1", () -> accounts.deleteAccount(parent.getId())));
        assertTrue(refused.getMessage().contains("1 contact"), refused.getMessage());

        as("rep1", () -> accounts.deleteContact(saved.getId()));
        as("rep1", () -> accounts.deleteAccount(parent.getId()));
        assertEquals(0, as("rep1", () -> accounts.findAccounts(query(parent.getName()))).getTotal());
    }

    @Test
    void sameCompanyUnderAnotherSpellingIsReportedAsLikelyDuplicate() {
        String base = unique("Dupe");
        as("rep2", () -> accounts.createAccount(account(base + " GmbH")));
        AccountData second = as("rep1", () -> accounts.createAccount(account(base.toUpperCase() + ", Inc.")));
        assertEquals(1, second.getDuplicateWarnings().size());
        assertTrue(second.getDuplicateWarnings().get(0).contains("Sam Stone"));
    }

    @Test
    void listsArePagedAndSortedInTheDatabase() {
        String prefix = unique("Paged");
        for (int i = 0; i < 12; i++) {
            String name = prefix + " " + (char) ('a' + i);
            as("rep1", () -> accounts.createAccount(account(name)));
        }
        Page<AccountData> second = as("rep1", () -> accounts.findAccounts(
                new PageQuery(1, 5, "name", false, prefix, Map.of("owner", "me"))));
        assertEquals(12, second.getTotal());
        assertEquals(List.of(prefix + " g", prefix + " f", prefix + " e", prefix + " d", prefix + " c"),
                second.getItems().stream().map(AccountData::getName).toList());
        assertThrows(InvalidInputException.class, () -> as("rep1",
                () -> accounts.findAccounts(new PageQuery(0, 5, "owner.passwordHash", true, null, null))));
    }

    @Test
    void deactivatedUserIsRefusedEverywhereButKeepsTheirRecords() {
        String username = "it" + UUID.randomUUID().toString().substring(0, 8);
        UserData user = new UserData();
        user.setUsername(username);
        user.setDisplayName("Temporary " + username);
        user.setRoles(EnumSet.of(Role.SALES_REP));
        UserData created = as("admin", () -> users.create(user, "long-enough-3"));
        AccountData account = as(username, () -> accounts.createAccount(account(unique("Kept"))));

        UserData deactivated = as("admin", () -> users.setActive(created.getId(), false));
        assertFalse(deactivated.isActive());
        assertThrows(NotAuthenticatedException.class, () -> as(username, () -> accounts.findAccounts(new PageQuery(0, 5))));
        assertEquals(account.getName(), as("admin", () -> accounts.getAccount(account.getId())).getName());
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> users.list(new PageQuery(0, 5))));
    }

    private List<String> namesFoundBy(String user, String prefix) {
        return as(user, () -> accounts.findAccounts(query(prefix))).getItems().stream().map(AccountData::getName).toList();
    }

    private static PageQuery query(String search) {
        return new PageQuery(0, 50, "name", true, search, null);
    }

    private static AccountData account(String name) {
        AccountData data = new AccountData();
        data.setName(name);
        data.setIndustry("Testing");
        return data;
    }

    private static AccountData copy(AccountData from) {
        AccountData to = account(from.getName());
        to.setId(from.getId());
        to.setVersion(from.getVersion());
        to.setOwnerId(from.getOwnerId());
        return to;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
