package com.acme.crm.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.security.boundary.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerScopeTest {

    static final long EAST = 1;
    static final long WEST = 2;

    final CallerScope rep = new CallerScope(10, "rep1", Set.of(Role.SALES_REP), Set.of(EAST));
    final CallerScope manager = new CallerScope(20, "manager1", Set.of(Role.SALES_MANAGER), Set.of(EAST));
    final CallerScope admin = new CallerScope(30, "admin", Set.of(Role.ADMIN), Set.of());
    final CallerScope support = new CallerScope(40, "support1", Set.of(Role.SUPPORT_AGENT), Set.of());
    final CallerScope loner = new CallerScope(50, "loner", Set.of(Role.SALES_REP), Set.of());

    @Test
    void repSeesOwnRecordsAndTheirTeamsButNotOtherTeams() {
        assertTrue(rep.canSee(10, EAST));
        assertTrue(rep.canSee(11, EAST), "a team mate's record");
        assertFalse(rep.canSee(12, WEST));
        assertFalse(rep.canSee(13, null), "an owner without team");
    }

    @Test
    void repWithoutTeamSeesOnlyOwnRecords() {
        assertTrue(loner.canSee(50, null));
        assertFalse(loner.canSee(51, null));
    }

    @Test
    void managerSeesTheTeamTheyManage() {
        assertTrue(manager.canSee(10, EAST));
        assertFalse(manager.canSee(12, WEST));
    }

    @Test
    void adminsAndSupportAgentsSeeAllCustomers() {
        assertTrue(admin.canSee(12, WEST));
        assertTrue(support.canSee(12, WEST));
        assertTrue(support.canSee(13, null));
    }

    @Test
    void onlyManagersWithinTheirTeamsAndAdminsAssignRecords() {
        assertFalse(rep.canAssignTo(EAST));
        assertTrue(manager.canAssignTo(EAST));
        assertFalse(manager.canAssignTo(WEST));
        assertFalse(manager.canAssignTo(null));
        assertTrue(admin.canAssignTo(WEST));
        assertFalse(support.canAssignTo(EAST));
    }
}
