package com.acme.crm.account.control;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Loads customer records for a caller and applies the rules every account and contact use
 * case shares: visibility, who may change customers, who may own them, and lost updates.
 */
@Dependent
public class CustomerAccess {

    /** Support agents read customers and work their service requests; selling roles change them. */
    public static final Role[] EDITORS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    public Account visibleAccount(CallerScope scope, long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        requireVisible(scope, account.getOwner(), "account " + id);
        return account;
    }

    public Contact visibleContact(CallerScope scope, long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new NotFoundException("Contact", id);
        }
        requireVisible(scope, contact.getOwner(), "contact " + id);
        return contact;
    }

    /** The owner a record gets: the caller, or someone the caller may assign records to. */
    public CrmUser ownerFor(CallerScope scope, Long requestedOwnerId, CrmUser currentOwner) {
        if (requestedOwnerId == null) {
            return currentOwner != null ? currentOwner : users.getUser(scope.userId());
        }
        if (currentOwner != null && currentOwner.getId().equals(requestedOwnerId)) {
            return currentOwner;
        }
        CrmUser owner = users.getUser(requestedOwnerId);
        if (!owner.isActive() || !owner.hasRole(Role.SALES_REP) && !owner.hasRole(Role.SALES_MANAGER)
                && !owner.hasRole(Role.ADMIN)) {
            throw new InvalidInputException("ownerId", "this user cannot own customers (inactive or not in sales)");
        }
        boolean toSelf = owner.getId() == scope.userId();
        Long ownerTeam = owner.getTeamId();
        if (!toSelf && !scope.canAssignTo(ownerTeam)) {
            // the user was chosen by id: the refusal must not tell the caller who that is
            throw new AccessDeniedException("You may not assign records to this user: managers assign within their teams,"
                    + " admins to anyone");
        }
        return owner;
    }

    public void requireSameVersion(Long sentVersion, long currentVersion, String type, Object id) {
        if (sentVersion == null) {
            throw new InvalidInputException("version", "is required: send back the version you read");
        }
        if (sentVersion != currentVersion) {
            throw new ConcurrentEditException(type, id);
        }
    }

    /** Writes now, so that a concurrent commit is reported as such and not as a server error. */
    public void flush(String type, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(type, id);
        }
    }

    private static void requireVisible(CallerScope scope, CrmUser owner, String what) {
        Long team = owner.getTeamId();
        if (!scope.canSee(owner.getId(), team)) {
            throw new AccessDeniedException("You cannot see " + what + ": it belongs to another team");
        }
    }
}
