package com.acme.crm.lead.boundary;

import static com.acme.crm.lead.boundary.LeadsIT.qualifiable;
import static com.acme.crm.lead.boundary.LeadsIT.unique;
import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.testing.Deployments;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What admins tune about leads, in the container: scoring settings (and rescoring) and assignment rules. */
@ExtendWith(ArquillianExtension.class)
class LeadAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject
    Leads leads;

    @Inject
    LeadAdministration administration;

    @Test
    void changingTheWeightsRescoresEveryOpenLeadAndOnlyAdminsMayDoIt() {
        LeadData lead = as("rep1", () -> leads.createLead(qualifiable(unique("Rescored"))));
        LeadSettingsData original = as("rep1", () -> administration.settings());
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> administration.changeSettings(original)));

        LeadSettingsData budgetOnly = as("admin", () -> administration.settings());
        budgetOnly.setBudgetWeight(100);
        budgetOnly.setAuthorityWeight(0);
        budgetOnly.setNeedWeight(0);
        budgetOnly.setTimelineWeight(0);
        budgetOnly.setFitWeight(0);
        budgetOnly.setEngagementWeight(0);
        LeadSettingsData saved = as("admin", () -> administration.changeSettings(budgetOnly));
        try {
            assertEquals(100, as("rep1", () -> leads.getLead(lead.getId())).getScore(), "confirmed budget is all that counts");
            LeadSettingsData wrong = as("admin", () -> administration.settings());
            wrong.setWarmThreshold(90);
            wrong.setHotThreshold(80);
            assertThrows(InvalidInputException.class, () -> as("admin", () -> administration.changeSettings(wrong)));
        } finally {
            original.setVersion(saved.getVersion());
            as("admin", () -> administration.changeSettings(original));
        }
        assertEquals(lead.getScore(), as("rep1", () -> leads.getLead(lead.getId())).getScore());
    }

    @Inject
    com.acme.crm.security.boundary.Users users;

    @Test
    void assignmentRulesGiveLeadsRoundRobinWithinATeamOrToOneUser() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        com.acme.crm.security.boundary.TeamData team = as("admin", () -> users.saveTeam(
                new com.acme.crm.security.boundary.TeamData(null, "Robots " + suffix, null, null)));
        long first = newRep("rra" + suffix, team.getId());
        long second = newRep("rrb" + suffix, team.getId());
        String industry = "Robotics " + suffix;

        AssignmentRuleData toTeam = new AssignmentRuleData();
        toTeam.setIndustry(industry);
        toTeam.setTeamId(team.getId());
        AssignmentRuleData teamRule = as("admin", () -> administration.addAssignmentRule(toTeam));
        AssignmentRuleData toRep2 = new AssignmentRuleData();
        toRep2.setRegion("Atlantis " + suffix);
        toRep2.setAssigneeId(as("rep2", () -> users.me()).getId());
        AssignmentRuleData userRule = as("admin", () -> administration.addAssignmentRule(toRep2));
        try {
            List<Long> owners = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                LeadData lead = new LeadData();
                lead.setLastName("Robot " + i);
                lead.setIndustry(industry.toUpperCase());
                lead.setAssignByRules(true);
                owners.add(as("rep1", () -> leads.createLead(lead)).getOwnerId());
            }
            assertEquals(List.of(first, second, first), owners);

            LeadData atlantis = new LeadData();
            atlantis.setLastName("Poseidon");
            atlantis.setRegion("Atlantis " + suffix);
            atlantis.setAssignByRules(true);
            assertEquals("Sam Stone", as("rep1", () -> leads.createLead(atlantis)).getOwnerName());

            LeadData unmatched = new LeadData();
            unmatched.setLastName("Nobody's");
            unmatched.setIndustry("Nothing " + suffix);
            unmatched.setAssignByRules(true);
            assertEquals("Riley Reed", as("rep1", () -> leads.createLead(unmatched)).getOwnerName(), "no rule: the creator");
        } finally {
            as("admin", () -> administration.removeAssignmentRule(teamRule.getId()));
            as("admin", () -> administration.removeAssignmentRule(userRule.getId()));
        }
    }

    private long newRep(String username, long teamId) {
        com.acme.crm.security.boundary.UserData user = new com.acme.crm.security.boundary.UserData();
        user.setUsername(username);
        user.setDisplayName("Rep " + username);
        user.setRoles(java.util.EnumSet.of(com.acme.crm.security.boundary.Role.SALES_REP));
        user.setTeamId(teamId);
        return as("admin", () -> users.create(user, "long-enough-9")).getId();
    }
}
