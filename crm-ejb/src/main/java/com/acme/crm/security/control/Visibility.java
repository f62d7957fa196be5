package com.acme.crm.security.control;

import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.entity.CrmUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * The visibility rule of {@link CallerScope} as a query condition, so that lists are filtered
 * and paged in the database instead of in memory.
 */
public final class Visibility {

    private Visibility() {
    }

    /** Condition "the customer record's owner is visible to the caller" for an entity with an {@code owner}. */
    public static Predicate ownerVisible(CriteriaBuilder cb, From<?, ?> record, CallerScope scope) {
        return scope.seesAllCustomers() ? cb.conjunction() : ownedOrShared(cb, record, scope);
    }

    /** The same for sales records (leads, deals; or a deal joined from a quote), which support agents do not see. */
    public static Predicate salesOwnerVisible(CriteriaBuilder cb, From<?, ?> record, CallerScope scope) {
        if (scope.seesAllSales()) {
            return cb.conjunction();
        }
        return scope.hasAnyRole(Role.SALES_REP, Role.SALES_MANAGER) ? ownedOrShared(cb, record, scope) : cb.disjunction();
    }

    private static Predicate ownedOrShared(CriteriaBuilder cb, From<?, ?> record, CallerScope scope) {
        Join<?, CrmUser> owner = record.join("owner", JoinType.INNER);
        Path<Long> ownerId = owner.get("id");
        Predicate own = cb.equal(ownerId, scope.userId());
        if (scope.teamIds().isEmpty()) {
            return own;
        }
        return cb.or(own, owner.get("team").get("id").in(scope.teamIds()));
    }
}
