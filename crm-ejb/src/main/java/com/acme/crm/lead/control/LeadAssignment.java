package com.acme.crm.lead.control;

import com.acme.crm.lead.entity.AssignmentRule;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.entity.CrmUser;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Picks the owner of a new lead by the admin's assignment rules (see {@link AssignmentRule}). */
@Dependent
public class LeadAssignment {

    @PersistenceContext
    EntityManager em;

    /** The owner the rules give a lead of this industry and region, or empty when no rule matches. */
    public Optional<CrmUser> ownerFor(String industry, String region) {
        for (AssignmentRule rule : em.createNamedQuery("AssignmentRule.findAll", AssignmentRule.class).getResultList()) {
            if (!rule.matches(industry, region)) {
                continue;
            }
            if (rule.getAssignee() != null) {
                if (rule.getAssignee().isActive()) {
                    return Optional.of(rule.getAssignee());
                }
                continue;
            }
            // the database serialises turns: the rule row stays locked until this transaction ends
            em.lock(rule, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(rule);
            List<Long> reps = em.createQuery("select u.id from CrmUser u join u.roles r where u.team.id = :team"
                            + " and u.active = true and r = :rep order by u.id", Long.class)
                    .setParameter("team", rule.getTeam().getId()).setParameter("rep", Role.SALES_REP).getResultList();
            Optional<Long> next = RoundRobin.next(reps, rule.getLastAssignedUserId());
            if (next.isPresent()) {
                rule.assigned(next.get());
                return Optional.of(em.find(CrmUser.class, next.get()));
            }
        }
        return Optional.empty();
    }
}
