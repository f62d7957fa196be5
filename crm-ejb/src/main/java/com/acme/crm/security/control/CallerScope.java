package com.acme.crm.security.control;

import com.acme.crm.security.boundary.Role;
import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling and which records they may see. The visibility rule of the whole CRM:
 * admins and support agents see every account and contact; a sales rep sees records they own
 * and those owned by members of their team; a manager sees those of the teams they manage
 * (and their own).
 *
 * @param teamIds the caller's own team and every team they manage
 */
public record CallerScope(long userId, String username, Set<Role> roles, Set<Long> teamIds) {

    public CallerScope {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
    }

    public boolean hasAnyRole(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Admins and support agents work with every customer. */
    public boolean seesAllCustomers() {
        return hasAnyRole(Role.ADMIN, Role.SUPPORT_AGENT);
    }

    /** Leads and deals are the sales teams' own business: admins see all, support agents none. */
    public boolean seesAllSales() {
        return hasAnyRole(Role.ADMIN);
    }

    /** Whether a customer record owned by this owner (in this team, or none) is visible. */
    public boolean canSee(long ownerId, Long ownerTeamId) {
        return seesAllCustomers() || ownsOrShares(ownerId, ownerTeamId);
    }

    /** Whether a sales record (lead, deal) owned by this owner is visible. */
    public boolean canSeeSales(long ownerId, Long ownerTeamId) {
        return seesAllSales() || hasAnyRole(Role.SALES_REP, Role.SALES_MANAGER) && ownsOrShares(ownerId, ownerTeamId);
    }

    private boolean ownsOrShares(long ownerId, Long ownerTeamId) {
        return ownerId == userId || ownerTeamId != null && teamIds.contains(ownerTeamId);
    }

    /** Reassigning is a manager's or admin's decision; a manager keeps it within their teams. */
    public boolean canAssignTo(Long newOwnerTeamId) {
        if (hasAnyRole(Role.ADMIN)) {
            return true;
        }
        return hasAnyRole(Role.SALES_MANAGER) && newOwnerTeamId != null && teamIds.contains(newOwnerTeamId);
    }
}
