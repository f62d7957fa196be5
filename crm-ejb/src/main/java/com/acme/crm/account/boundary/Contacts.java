package com.acme.crm.account.boundary;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.account.control.AccountMapping;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.account.entity.Contact;
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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The people at our customers; same rules as {@link Accounts}, visibility by the contact's owner. */
@Stateless
@PermitAll
public class Contacts {

    private static final String TYPE = "Contact";

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
    InputValidation validation;

    @Inject
    PagedList pagedList;

    public Page<ContactData> find(PageQuery query) {
        CallerScope scope = caller.scope();
        var spec = new PagedList.Spec<>(Contact.class, (cb, c) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Visibility.ownerVisible(cb, c, scope));
            if (query.search() != null) {
                where.add(cb.or(PagedList.contains(cb, c.get("lastName"), query.search()),
                        PagedList.contains(cb, c.get("firstName"), query.search()),
                        PagedList.contains(cb, c.get("email"), query.search())));
            }
            String owner = query.filter("owner");
            if (owner != null) {
                where.add(cb.equal(c.get("owner").get("id"), "me".equals(owner) ? scope.userId() : Inputs.parseId("owner", owner)));
            }
            if (query.filter("account") != null) {
                where.add(cb.equal(c.get("account").get("id"), Inputs.parseId("account", query.filter("account"))));
            }
            return where;
        }, Map.of("lastName", c -> c.get("lastName"),
                "account", c -> c.join("account", JoinType.LEFT).get("name"),
                "email", c -> c.get("email"),
                "owner", c -> c.get("owner").get("displayName")), "lastName");
        return pagedList.page(spec, query, mapping::toData);
    }

    public List<ContactData> ofAccount(long accountId) {
        CallerScope scope = caller.scope();
        access.visibleAccount(scope, accountId);
        return new ArrayList<>(em.createNamedQuery("Contact.findByAccount", Contact.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .filter(c -> scope.canSee(c.getOwner().getId(),
                        c.getOwner().getTeamId()))
                .map(mapping::toData).toList());
    }

    public ContactData get(long id) {
        return mapping.toData(access.visibleContact(caller.scope(), id));
    }

    /** The contact, if the caller may change it (merging reads records this way). */
    public ContactData getEditable(long id) {
        return mapping.toData(access.visibleContact(caller.requireAnyRole(CustomerAccess.EDITORS), id));
    }

    public ContactData create(ContactData data) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        validation.check(data);
        Contact contact = new Contact(data.getLastName().strip(), access.ownerFor(scope, data.getOwnerId(), null));
        apply(scope, contact, data);
        em.persist(contact);
        em.flush();
        return mapping.toData(contact);
    }

    public ContactData update(ContactData data) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to update a contact");
        }
        Contact contact = access.visibleContact(scope, data.getId());
        access.requireSameVersion(data.getVersion(), contact.getVersion(), TYPE, "\"" + data.getFullName() + "\"");
        history.before("Contact", contact.getId(), mapping.toData(contact));
        contact.reassignTo(access.ownerFor(scope, data.getOwnerId(), contact.getOwner()));
        apply(scope, contact, data);
        access.flush(TYPE, data.getId());
        ContactData saved = mapping.toData(contact);
        history.after("Contact", contact.getId(), saved.getFullName(), saved);
        return saved;
    }

    public void delete(long id) {
        CallerScope scope = caller.requireAnyRole(CustomerAccess.EDITORS);
        Contact contact = access.visibleContact(scope, id);
        long deals = em.createQuery("select count(o) from Opportunity o where o.primaryContact.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (deals > 0) {
            throw new RecordInUseException("Contact \"" + contact.getLastName() + "\" cannot be deleted: it is the primary"
                    + " contact of " + deals + " opportunity(ies).");
        }
        em.remove(contact);
    }

    private void apply(CallerScope scope, Contact contact, ContactData data) {
        contact.rename(Inputs.blankToNull(data.getFirstName()), data.getLastName().strip(), Inputs.blankToNull(data.getTitle()));
        contact.reachAt(Inputs.blankToNull(data.getEmail()), Inputs.blankToNull(data.getPhone()), Inputs.blankToNull(data.getMobile()));
        contact.workFor(data.getAccountId() == null ? null : access.visibleAccount(scope, data.getAccountId()), data.getBuyingRole());
    }
}
