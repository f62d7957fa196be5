package com.acme.crm.account.control;

import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.account.boundary.Contacts;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.duplicate.boundary.DuplicateMemberData;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.duplicate.control.MergeFields;
import com.acme.crm.duplicate.control.MergeTexts;
import com.acme.crm.duplicate.control.MergeTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Merging two contacts: activities, deal roles, deals where the duplicate was the primary contact and converted leads move over. */
@Dependent
public class ContactMerge implements MergeTarget<ContactData> {

    private static final MergeFields<ContactData> FIELDS = new MergeFields<ContactData>()
            .together("name", "Name", d -> Arrays.asList(d.getFirstName(), d.getLastName()), (s, d) -> {
                s.setFirstName(d.getFirstName());
                s.setLastName(d.getLastName());
            })
            .add("title", "Title", ContactData::getTitle, ContactData::setTitle)
            .add("email", "E-mail", ContactData::getEmail, ContactData::setEmail)
            .add("phone", "Phone", ContactData::getPhone, ContactData::setPhone)
            .add("mobile", "Mobile", ContactData::getMobile, ContactData::setMobile)
            .together("account", "Account", ContactData::getAccountName, (s, d) -> {
                s.setAccountId(d.getAccountId());
                s.setAccountName(d.getAccountName());
            })
            .add("buyingRole", "Buying role", ContactData::getBuyingRole, ContactData::setBuyingRole)
            .together("owner", "Owner", ContactData::getOwnerName, (s, d) -> {
                s.setOwnerId(d.getOwnerId());
                s.setOwnerName(d.getOwnerName());
            });

    @PersistenceContext
    EntityManager em;

    @Inject
    Contacts contacts;

    @Override
    public RecordKind kind() {
        return RecordKind.CONTACT;
    }

    @Override
    public ContactData load(long id) {
        return contacts.getEditable(id);
    }

    @Override
    public void requireReadable(long id) {
        contacts.get(id);
    }

    @Override
    public long versionOf(ContactData record) {
        return record.getVersion();
    }

    @Override
    public String label(ContactData d) {
        return "Contact #" + d.getId() + " " + d.getFullName() + (d.getAccountName() == null ? "" : ", " + d.getAccountName())
                + " (" + d.getOwnerName() + ")";
    }

    @Override
    public MergeFields<ContactData> fields() {
        return FIELDS;
    }

    @Override
    public void checkMergeable(ContactData survivor, ContactData duplicate) {
        // any two contacts can be merged: everything pointing at the duplicate can point at the survivor
    }

    @Override
    public List<String> moving(long duplicateId) {
        List<String> moving = new ArrayList<>();
        MergeTexts.count(em, moving, "select count(a) from Activity a where a.contact.id = :d", duplicateId, "activity", "activities");
        MergeTexts.count(em, moving, "select count(dc) from DealContact dc where dc.contact.id = :d", duplicateId,
                "deal it takes part in", "deals it takes part in");
        MergeTexts.count(em, moving, "select count(o) from Opportunity o where o.primaryContact.id = :d", duplicateId,
                "opportunity as primary contact", "opportunities as primary contact");
        return moving;
    }

    @Override
    public String absorb(ContactData survivor, ContactData duplicate) {
        Contact kept = em.find(Contact.class, survivor.getId());
        Contact merged = em.find(Contact.class, duplicate.getId());
        em.createQuery("update Activity a set a.contact = :kept, a.version = a.version + 1 where a.contact.id = :merged")
                .setParameter("kept", kept).setParameter("merged", merged.getId()).executeUpdate();
        em.createQuery("update Opportunity o set o.primaryContact = :kept, o.version = o.version + 1"
                        + " where o.primaryContact.id = :merged")
                .setParameter("kept", kept).setParameter("merged", merged.getId()).executeUpdate();
        // the deals both were in keep the survivor's role there; the others take the merged one's role over
        em.createQuery("delete from DealContact dc where dc.contact.id = :merged and dc.opportunity in"
                        + " (select k.opportunity from DealContact k where k.contact = :kept)")
                .setParameter("kept", kept).setParameter("merged", merged.getId()).executeUpdate();
        em.createQuery("update DealContact dc set dc.contact = :kept, dc.version = dc.version + 1 where dc.contact.id = :merged")
                .setParameter("kept", kept).setParameter("merged", merged.getId()).executeUpdate();
        em.createQuery("update Lead l set l.convertedContactId = :kept, l.version = l.version + 1"
                        + " where l.convertedContactId = :merged")
                .setParameter("kept", kept.getId()).setParameter("merged", merged.getId()).executeUpdate();
        em.remove(merged);
        em.flush();
        return null;
    }

    @Override
    public void save(ContactData combined, ContactData duplicate) {
        combined.setVersion(em.find(Contact.class, combined.getId()).getVersion());
        contacts.update(combined);
    }

    @Override
    public List<DuplicateMemberData> describe(List<Long> ids) {
        List<DuplicateMemberData> found = new ArrayList<>();
        em.createQuery("select c from Contact c join fetch c.owner left join fetch c.account where c.id in :ids order by c.id",
                        Contact.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(c -> found.add(new DuplicateMemberData(c.getId(),
                        (c.getFirstName() == null ? "" : c.getFirstName() + " ") + c.getLastName()
                                + (c.getAccount() == null ? "" : ", " + c.getAccount().getName()),
                        MergeTexts.details(c.getEmail(), c.getPhone(), c.getMobile()), c.getOwner().getDisplayName())));
        return found;
    }

}
