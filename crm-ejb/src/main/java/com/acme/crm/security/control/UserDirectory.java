package com.acme.crm.security.control;

import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks up users and teams; shared by the security rules and the boundaries. */
@Dependent
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<CrmUser> findByUsername(String username) {
        return em.createNamedQuery("CrmUser.findByUsername", CrmUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public CrmUser getUser(long id) {
        CrmUser user = em.find(CrmUser.class, id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    public List<Long> teamsManagedBy(long userId) {
        return em.createNamedQuery("Team.findManagedBy", Long.class)
                .setParameter("userId", userId)
                .getResultList();
    }
}
