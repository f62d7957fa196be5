package com.acme.crm.account.control;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.CompanyNames;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Finds accounts that are probably the same company: the same normalised name or the same
 * web domain. They are reported as warnings, not refused: two branches of a chain may
 * legitimately share a name, and only the user can tell.
 */
@Dependent
public class AccountDuplicates {

    private static final int MAX_REPORTED = 5;

    @PersistenceContext
    EntityManager em;

    public List<String> warningsFor(String name, String website, Long excludeId) {
        String normalized = CompanyNames.normalize(name);
        String domain = CompanyNames.webDomain(website);
        String jpql = "select a from Account a where (a.normalizedName = :name"
                + (domain == null ? "" : " or a.webDomain = :domain") + ") and a.id <> :excludeId order by a.name";
        var query = em.createQuery(jpql, Account.class)
                .setParameter("name", normalized)
                .setParameter("excludeId", excludeId == null ? -1L : excludeId)
                .setMaxResults(MAX_REPORTED);
        if (domain != null) {
            query.setParameter("domain", domain);
        }
        // Deliberately not filtered by visibility: a rep must learn that a colleague in another
        // team already has this customer, but sees only the name and the owner.
        return query.getResultStream()
                .map(a -> "An account \"" + a.getName() + "\" (" + reason(a, normalized, domain)
                        + ") already exists, owned by " + a.getOwner().getDisplayName())
                .toList();
    }

    private static String reason(Account a, String normalized, String domain) {
        return normalized.equals(a.getNormalizedName()) ? "same name" : "same web domain " + domain;
    }
}
