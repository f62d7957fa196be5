package com.acme.crm.account.boundary;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.account.control.AccountDuplicates;
import com.acme.crm.account.control.AccountMapping;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.Visibility;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.api.RecordInUseException;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customers we sell to: create, read, change, reassign and delete accounts, for the
 * web UI, REST and remote callers alike. Each method is one transaction and checks the
 * caller's role and the record's visibility itself; the container only authenticates.
 */
@Stateless
@LocalBean
@PermitAll
public class Accounts implements AccountService {

    private static final String TYPE = "Account";

    @PersistenceContext
    EntityManager em;

    @Inject
    com.acme.crm.audit.control.RecordHistory history;

    @Inject
    CurrentCaller caller;

    @Inject
    CustomerAccess access;

    @Inject
    AccountMapping mapping;

    @Inject
    AccountDuplicates duplicates;

    @Inject
    InputValidation validation;

    @Inject
    PagedList pagedList;

    @EJB
    Contacts contacts;

    @Override
    public Page<AccountData> findAccounts(PageQuery query) {
        CallerScope scope = caller.scope();
        var spec = new PagedList.Spec<>(Account.class, (cb, a) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Visibility.ownerVisible(cb, a, scope));
            if (query.search() != null) {
                where.add(cb.or(PagedList.contains(cb, a.get("name"), query.search()),
                        PagedList.contains(cb, a.get("address").get("city"), query.search()),
                        PagedList.contains(cb, a.get("industry"), query.search())));
            }
            String owner = query.filter("owner");
            if (owner != null) {
                where.add(cb.equal(a.get("owner").get("id"), "me".equals(owner) ? scope.userId() : Inputs.parseId("owner", owner)));
            }
            if (query.filter("industry") != null) {
                where.add(cb.equal(cb.lower(a.get("industry")), query.filter("industry").toLowerCase()));
            }
            return where;
        }, Map.of("name", a -> a.get("name"),
                "industry", a -> a.get("industry"),
                "city", a -> a.get("address").get("city"),
                "owner", a -> a.get("owner").get("displayName"),
                "updatedAt", a -> a.get("updatedAt")), "name");
        return pagedList.page(spec, query, mapping::toData);
    }

    @Override
    public AccountData getAccount(long id) {
        return mapping.toData(access.visibleAccount(caller.scope(), id));
    }

    /** The account, if the caller may change it (merging reads records this way). */
    public AccountData getEditable(long id) {
        return mapping.toData(access.visibleAccount(caller.requireAnyRole(CustomerAccess.EDITORS), id));
    }

    /** Similar existing accounts, for the warning shown while an account is typed in. */
    public List<String> findSimilar(String name, String website, Long excludeId) {
        caller.scope();
        return duplicates.warningsFor(name, website, excludeId);
    }

    @Override
    public AccountData createAccount(AccountData data) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        validation.check(data);
        Account account = new Account(data.getName().strip(), access.ownerFor(scope, data.getOwnerId(), null));
        apply(scope, account, data);
        em.persist(account);
        em.flush();
        return withWarnings(account);
    }

    @Override
    public AccountData updateAccount(AccountData data) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to update an account");
        }
        Account account = access.visibleAccount(scope, data.getId());
        access.requireSameVersion(data.getVersion(), account.getVersion(), TYPE, "\"" + account.getName() + "\"");
        history.before(TYPE, account.getId(), mapping.toData(account));
        account.rename(data.getName().strip());
        account.reassignTo(access.ownerFor(scope, data.getOwnerId(), account.getOwner()));
        apply(scope, account, data);
        access.flush(TYPE, "\"" + account.getName() + "\"");
        AccountData saved = withWarnings(account);
        history.after(TYPE, account.getId(), account.getName(), saved);
        return saved;
    }

    @Override
    public void deleteAccount(long id) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        Account account = access.visibleAccount(scope, id);
        long contactCount = em.createNamedQuery("Account.countContacts", Long.class).setParameter("id", id).getSingleResult();
        long childCount = em.createNamedQuery("Account.countChildren", Long.class).setParameter("id", id).getSingleResult();
        long dealCount = em.createNamedQuery("Account.countOpportunities", Long.class).setParameter("id", id).getSingleResult();
        if (contactCount > 0 || childCount > 0 || dealCount > 0) {
            throw new RecordInUseException("Account \"" + account.getName() + "\" cannot be deleted: it still has "
                    + contactCount + " contact(s), " + childCount + " subsidiary account(s) and " + dealCount
                    + " opportunity(ies). Move or delete them first.");
        }
        em.remove(account);
    }

    @Override
    public AccountData reassignAccount(long id, long newOwnerId) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        Account account = access.visibleAccount(scope, id);
        history.before(TYPE, id, mapping.toData(account));
        account.reassignTo(access.ownerFor(scope, newOwnerId, account.getOwner()));
        access.flush(TYPE, id);
        AccountData saved = mapping.toData(account);
        history.after(TYPE, id, account.getName(), saved);
        return saved;
    }

    /**
     * Hands every account and contact of one user over to another, typically when someone
     * leaves: their records stay, now owned by the successor. Admins only.
     *
     * @return how many accounts and contacts changed owner
     */
    public int handOver(long fromUserId, long toUserId) {
        CallerScope scope = caller.requireAnyRole(Role.ADMIN);
        var successor = access.ownerFor(scope, toUserId, null);
        // entity by entity (not a bulk update) so that audit stamps and versions are kept right
        List<Account> ownedAccounts = em.createQuery("select a from Account a where a.owner.id = :from", Account.class)
                .setParameter("from", fromUserId).getResultList();
        ownedAccounts.forEach(a -> a.reassignTo(successor));
        List<Contact> ownedContacts = em.createQuery("select c from Contact c where c.owner.id = :from", Contact.class)
                .setParameter("from", fromUserId).getResultList();
        ownedContacts.forEach(c -> c.reassignTo(successor));
        int moved = ownedAccounts.size() + ownedContacts.size();
        return moved;
    }

    @Override
    public List<ContactData> getContactsOfAccount(long accountId) {
        return contacts.ofAccount(accountId);
    }

    @Override
    public Page<ContactData> findContacts(PageQuery query) {
        return contacts.find(query);
    }

    @Override
    public ContactData getContact(long id) {
        return contacts.get(id);
    }

    @Override
    public ContactData createContact(ContactData contact) {
        return contacts.create(contact);
    }

    @Override
    public ContactData updateContact(ContactData contact) {
        return contacts.update(contact);
    }

    @Override
    public void deleteContact(long id) {
        contacts.delete(id);
    }

    private void apply(CallerScope scope, Account account, AccountData data) {
        account.describe(Inputs.blankToNull(data.getIndustry()), data.getEmployees(), data.getRevenueBand());
        account.reachAt(Inputs.blankToNull(data.getWebsite()), Inputs.blankToNull(data.getPhone()), data.getAddress());
        try {
            account.belongTo(data.getParentId() == null ? null : access.visibleAccount(scope, data.getParentId()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("parentId", "an account cannot be its own parent or ancestor");
        }
    }

    private AccountData withWarnings(Account account) {
        AccountData result = mapping.toData(account);
        result.setDuplicateWarnings(duplicates.warningsFor(account.getName(), account.getWebsite(), account.getId()));
        return result;
    }
}
