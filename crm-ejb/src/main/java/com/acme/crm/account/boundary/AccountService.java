package com.acme.crm.account.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Accounts and their contacts, for other Jakarta EE applications (over IIOP). Callers must be
 * authenticated; each call applies the caller's roles and the visibility rule (a rep sees
 * their own and their team's customers, managers their teams', support and admins all).
 *
 * <p>Failures arrive as subclasses of {@code com.acme.crm.shared.api.BusinessException}:
 * {@code NotAuthenticatedException}, {@code AccessDeniedException}, {@code NotFoundException},
 * {@code InvalidInputException} (with the failing fields), {@code ConcurrentEditException}
 * (someone saved the record after you read it; read it again) and {@code RecordInUseException}.
 *
 * <p>The remote view of {@link Accounts}, declared in META-INF/ejb-jar.xml (see there why).
 * Lookup: {@code java:global/crm/crm-ejb/Accounts!com.acme.crm.account.boundary.AccountService}.
 */
public interface AccountService {

    /** Filters: {@code owner} (a user id, or {@code me}), {@code industry}; sort: name, industry, city, owner, updatedAt. */
    Page<AccountData> findAccounts(PageQuery query);

    AccountData getAccount(long id);

    AccountData createAccount(AccountData account);

    AccountData updateAccount(AccountData account);

    void deleteAccount(long id);

    AccountData reassignAccount(long id, long newOwnerId);

    List<ContactData> getContactsOfAccount(long accountId);

    /** Filters: {@code owner}, {@code account} (an account id); sort: lastName, account, email, owner. */
    Page<ContactData> findContacts(PageQuery query);

    ContactData getContact(long id);

    ContactData createContact(ContactData contact);

    ContactData updateContact(ContactData contact);

    void deleteContact(long id);
}
