package com.acme.crm.forecast.control;

import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Whose quotas and forecast a caller may read and change: a rep reads their own, a manager
 * reads and changes those of the reps in the teams they manage, an admin everyone's.
 */
@Dependent
public class RepAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory directory;

    /**
     * An active seller in a team the caller manages (admins: anyone), whose quota or forecast
     * they may change. Managing a team counts, belonging to one does not: a manager who sells
     * in a colleague's team does not set that team's quotas.
     */
    public CrmUser managedRep(CallerScope who, long repId) {
        CrmUser rep = em.find(CrmUser.class, repId);
        if (rep == null) {
            throw new NotFoundException("User", repId);
        }
        if (!who.hasAnyRole(Role.ADMIN) && !(rep.getTeamId() != null && directory.teamsManagedBy(who.userId()).contains(rep.getTeamId()))) {
            throw new AccessDeniedException("This rep is not in a team you manage");
        }
        if (!rep.isActive() || !isSeller(rep)) {
            throw new InvalidInputException("repId", "is not an active sales rep or manager");
        }
        return rep;
    }

    private static boolean isSeller(CrmUser user) {
        return user.hasRole(Role.SALES_REP) || user.hasRole(Role.SALES_MANAGER);
    }

    /** The active sellers (reps and managers) of a team, or of every team the caller sees, by name. */
    public List<CrmUser> visibleReps(CallerScope who, Long teamId) {
        if (teamId != null && !who.hasAnyRole(Role.ADMIN) && !(who.hasAnyRole(Role.SALES_MANAGER) && who.teamIds().contains(teamId))) {
            throw new AccessDeniedException("That team is not yours");
        }
        String inTeam = teamId == null ? "" : " and u.team.id = :team";
        var query = em.createQuery("select u from CrmUser u where u.active = true" + inTeam + " order by u.displayName", CrmUser.class);
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        return query.getResultStream()
                .filter(RepAccess::isSeller)
                .filter(u -> who.hasAnyRole(Role.ADMIN) || u.getId() == who.userId()
                        || who.hasAnyRole(Role.SALES_MANAGER) && u.getTeamId() != null && who.teamIds().contains(u.getTeamId()))
                .toList();
    }
}
