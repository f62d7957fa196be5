package com.acme.crm.security.control;

import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.NotAuthenticatedException;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Resolves the authenticated principal of the current EJB call to an active CRM user. Roles
 * and teams come from the CRM's own tables, so a web login, a REST call and a remote IIOP
 * call (authenticated by the server's realm) all get the same rules, and deactivating a user
 * in the CRM stops them everywhere at once.
 */
@Dependent
public class CurrentCaller {

    @Inject
    UserDirectory users;

    @Inject
    CallerIdentity identity;

    @Inject
    Instance<TransactionUser> transactionUser;

    public CallerScope scope() {
        String name = identity.name().orElseThrow(NotAuthenticatedException::new);
        CrmUser user = users.findByUsername(name)
                .filter(CrmUser::isActive)
                .orElseThrow(NotAuthenticatedException::new);
        rememberForAudit(user.getUsername());
        Set<Long> teamIds = new HashSet<>(users.teamsManagedBy(user.getId()));
        if (user.getTeam() != null) {
            teamIds.add(user.getTeam().getId());
        }
        return new CallerScope(user.getId(), user.getUsername(), user.getRoles(), teamIds);
    }

    private void rememberForAudit(String username) {
        try {
            transactionUser.get().actFor(username);
        } catch (ContextNotActiveException e) {
            // no transaction (a read without one): nothing will be written
        }
    }

    /** "sales reps, sales managers and admins": who may, in the words of the people using the CRM. */
    static String roleWords(Role... roles) {
        java.util.List<String> words = java.util.Arrays.stream(roles).distinct().map(r -> switch (r) {
            case SALES_REP -> "sales reps";
            case SALES_MANAGER -> "sales managers";
            case SUPPORT_AGENT -> "support agents";
            case ADMIN -> "admins";
            case INTEGRATION -> "integrations";
        }).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The caller's scope, provided they hold one of the roles. */
    public CallerScope requireAnyRole(Role... anyOf) {
        CallerScope scope = scope();
        if (!scope.hasAnyRole(anyOf)) {
            throw new AccessDeniedException("This is for " + roleWords(anyOf) + " only.");
        }
        return scope;
    }
}
