package com.acme.crm.account.control;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.entity.Account;
import com.acme.crm.duplicate.boundary.DuplicateMemberData;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.duplicate.control.MergeFields;
import com.acme.crm.duplicate.control.MergeTexts;
import com.acme.crm.duplicate.control.MergeTarget;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Merging two accounts: contacts, deals, activities, subsidiaries and converted leads move to
 * the survivor. A merge must not make the survivor its own parent.
 */
@Dependent
public class AccountMerge implements MergeTarget<AccountData> {

    private static final MergeFields<AccountData> FIELDS = new MergeFields<AccountData>()
            .add("name", "Name", AccountData::getName, AccountData::setName)
            .add("industry", "Industry", AccountData::getIndustry, AccountData::setIndustry)
            .add("employees", "Employees", AccountData::getEmployees, AccountData::setEmployees)
            .add("revenueBand", "Revenue", AccountData::getRevenueBand, AccountData::setRevenueBand)
            .add("website", "Website", AccountData::getWebsite, AccountData::setWebsite)
            .add("phone", "Phone", AccountData::getPhone, AccountData::setPhone)
            .together("address", "Address", d -> Arrays.asList(d.getAddress().getStreet(), d.getAddress().getPostalCode(),
                    d.getAddress().getCity(), d.getAddress().getRegion(), d.getAddress().getCountry()),
                    (s, d) -> s.setAddress(d.getAddress()))
            .together("parent", "Parent account", AccountData::getParentName, (s, d) -> {
                s.setParentId(d.getParentId());
                s.setParentName(d.getParentName());
            })
            .together("owner", "Owner", AccountData::getOwnerName, (s, d) -> {
                s.setOwnerId(d.getOwnerId());
                s.setOwnerName(d.getOwnerName());
            });

    @Inject
    CustomerSince customerSince;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    public RecordKind kind() {
        return RecordKind.ACCOUNT;
    }

    @Override
    public AccountData load(long id) {
        return accounts.getEditable(id);
    }

    @Override
    public void requireReadable(long id) {
        accounts.getAccount(id);
    }

    @Override
    public long versionOf(AccountData record) {
        return record.getVersion();
    }

    @Override
    public String label(AccountData d) {
        return "Account #" + d.getId() + " " + d.getName() + (d.getAddress().getCity() == null ? "" : ", " + d.getAddress().getCity())
                + " (" + d.getOwnerName() + ")";
    }

    @Override
    public MergeFields<AccountData> fields() {
        return FIELDS;
    }

    @Override
    public void checkMergeable(AccountData survivor, AccountData duplicate) {
        if (Objects.equals(survivor.getParentId(), duplicate.getId()) && Objects.equals(duplicate.getParentId(), survivor.getId())) {
            throw new InvalidInputException("parentId", "the two accounts are each other's parent; correct that first");
        }
    }

    @Override
    public List<String> moving(long duplicateId) {
        List<String> moving = new ArrayList<>();
        MergeTexts.count(em, moving, "select count(c) from Contact c where c.account.id = :d", duplicateId, "contact", "contacts");
        MergeTexts.count(em, moving, "select count(o) from Opportunity o where o.account.id = :d", duplicateId, "opportunity", "opportunities");
        MergeTexts.count(em, moving, "select count(a) from Activity a where a.account.id = :d", duplicateId, "activity", "activities");
        MergeTexts.count(em, moving, "select count(a) from Account a where a.parent.id = :d", duplicateId, "subsidiary", "subsidiaries");
        return moving;
    }

    @Override
    public String absorb(AccountData survivor, AccountData duplicate) {
        Account kept = em.find(Account.class, survivor.getId());
        long merged = duplicate.getId();
        move("update Contact c set c.account = :kept, c.version = c.version + 1 where c.account.id = :merged", kept, merged);
        move("update Opportunity o set o.account = :kept, o.version = o.version + 1 where o.account.id = :merged", kept, merged);
        customerSince.recompute(kept.getId()); // its deals now include the merged account's wins
        move("update Activity a set a.account = :kept, a.version = a.version + 1 where a.account.id = :merged", kept, merged);
        // the survivor may itself be a subsidiary of the duplicate: it cannot become its own parent
        em.createQuery("update Account a set a.parent = :kept, a.version = a.version + 1 where a.parent.id = :merged"
                        + " and a.id <> :keptId")
                .setParameter("kept", kept).setParameter("merged", merged).setParameter("keptId", kept.getId()).executeUpdate();
        em.createQuery("update Lead l set l.convertedAccountId = :kept, l.version = l.version + 1"
                        + " where l.convertedAccountId = :merged")
                .setParameter("kept", kept.getId()).setParameter("merged", merged).executeUpdate();
        Account mergedAccount = em.find(Account.class, merged);
        if (kept.getParent() == mergedAccount) {
            kept.belongTo(mergedAccount.getParent() == kept ? null : mergedAccount.getParent());
        }
        em.remove(mergedAccount);
        em.flush();
        return null;
    }

    @Override
    public void save(AccountData combined, AccountData duplicate) {
        // a parent pointing at one of the two merged accounts would be a loop: the duplicate's parent is next in line
        if (Objects.equals(combined.getParentId(), duplicate.getId()) || Objects.equals(combined.getParentId(), combined.getId())) {
            Long next = Objects.equals(duplicate.getParentId(), combined.getId()) ? null : duplicate.getParentId();
            combined.setParentId(next);
        }
        combined.setVersion(em.find(Account.class, combined.getId()).getVersion()); // absorbing may have saved it already
        accounts.updateAccount(combined);
    }

    @Override
    public List<DuplicateMemberData> describe(List<Long> ids) {
        List<DuplicateMemberData> found = new ArrayList<>();
        em.createQuery("select a from Account a join fetch a.owner where a.id in :ids order by a.id", Account.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(a -> found.add(new DuplicateMemberData(a.getId(), a.getName(),
                        MergeTexts.details(a.getWebsite(), a.getPhone(), a.getAddress().getCity()),
                        a.getOwner().getDisplayName())));
        return found;
    }

    private void move(String jpql, Account kept, long merged) {
        em.createQuery(jpql).setParameter("kept", kept).setParameter("merged", merged).executeUpdate();
    }
}
