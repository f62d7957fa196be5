package com.acme.crm.service.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.Address;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Service requests in the container: due times, the SLA watch with a moved clock, pauses, permissions, history. */
@ExtendWith(ArquillianExtension.class)
class ServiceRequestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject ServiceRequests requests;
    @Inject Accounts accounts;

    @Test
    void theWatchMarksBreachesAndABreachStaysOnRecordAfterResolution() {
        ServiceRequestData opened = as("support1", () -> requests.openRequest(request(account(), ServicePriority.URGENT)));
        assertEquals(ServiceStatus.NEW, opened.getStatus());
        assertTrue(Instant.parse(opened.getFirstResponseDue()).isBefore(Instant.parse(opened.getResolutionDue())));
        as("admin", () -> requests.checkSla());
        assertEquals("ON_TRACK", as("support1", () -> requests.getRequest(opened.getId())).getSlaState());

        TestClock.later(Duration.ofDays(10), () -> as("admin", () -> requests.checkSla()));
        ServiceRequestData late = as("support1", () -> requests.getRequest(opened.getId()));
        assertTrue(late.isResponseBreached(), "nobody answered within 30 business minutes");
        assertTrue(late.isResolutionBreached());
        assertTrue(as("support1", () -> requests.findRequests(new PageQuery(0, 200, null, true, null, Map.of("breached", "true"))))
                .getItems().stream().anyMatch(r -> r.getId().equals(opened.getId())));

        ServiceRequestData mine = as("support1", () -> requests.assign(late.getId(), late.getVersion(), null));
        ServiceRequestData resolved = as("support1", () -> requests.resolve(mine.getId(), mine.getVersion(), "Replaced the router", 4));
        assertEquals(ServiceStatus.RESOLVED, resolved.getStatus());
        assertEquals("BREACHED", resolved.getSlaState(), "a breach stays on record after resolution");
    }

    @Test
    void waitingOnTheCustomerPausesTheClockAndMovesTheDueTime() {
        ServiceRequestData opened = as("support1", () -> requests.openRequest(request(account(), ServicePriority.NORMAL)));
        ServiceRequestData assigned = as("support1", () -> requests.assign(opened.getId(), opened.getVersion(), null));
        ServiceRequestData waiting = as("support1", () -> requests.waitOnCustomer(assigned.getId(), assigned.getVersion()));
        assertTrue(waiting.isPaused());
        assertNotNull(waiting.getFirstRespondedAt(), "asking the customer is a response");

        ServiceRequestData resumed = TestClock.later(Duration.ofDays(30), () -> {
            as("admin", () -> requests.checkSla());
            ServiceRequestData paused = as("support1", () -> requests.getRequest(opened.getId()));
            assertFalse(paused.isResolutionBreached(), "a paused clock does not breach");
            return as("support1", () -> requests.resume(paused.getId(), paused.getVersion()));
        });
        assertEquals(ServiceStatus.IN_PROGRESS, resumed.getStatus());
        assertTrue(Instant.parse(resumed.getResolutionDue()).isAfter(Instant.parse(opened.getResolutionDue()).plus(Duration.ofDays(20))),
                "the business time paused moved the due time: " + opened.getResolutionDue() + " -> " + resumed.getResolutionDue());
    }

    @Test
    void repsSeeTheirAccountsRequestsAndAddNotesButOnlySupportChangesTheirCourse() {
        AccountData account = account();
        ServiceRequestData opened = as("rep1", () -> requests.openRequest(request(account, ServicePriority.HIGH)));
        assertThrows(AccessDeniedException.class, () -> as("rep2", () -> requests.getRequest(opened.getId())));
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> requests.resolve(opened.getId(), opened.getVersion(), "done", null)));
        ServiceRequestData noted = as("rep1", () -> requests.addNote(opened.getId(), opened.getVersion(), "Customer called again", false));

        ServiceRequestData taken = as("support1", () -> requests.assign(noted.getId(), noted.getVersion(), null));
        ServiceRequestData working = as("support1", () -> requests.startWork(taken.getId(), taken.getVersion()));
        ServiceRequestData resolved = as("support1", () -> requests.resolve(working.getId(), working.getVersion(), "Reset the password", 5));
        ServiceRequestData closed = as("support1", () -> requests.close(resolved.getId(), resolved.getVersion(), null));
        assertEquals(ServiceStatus.CLOSED, closed.getStatus());
        assertEquals(5, closed.getSatisfaction());
        ServiceRequestData reopened = as("support1", () -> requests.reopen(closed.getId(), closed.getVersion()));
        assertEquals(ServiceStatus.IN_PROGRESS, reopened.getStatus());

        List<String> history = reopened.getHistory().stream().map(e -> e.getKind() + ":" + e.getTo()).toList();
        assertEquals(List.of("OPENED:HIGH", "NOTE:null", "ASSIGNEE:support1", "STATUS:ASSIGNED", "STATUS:IN_PROGRESS",
                "STATUS:RESOLVED", "STATUS:CLOSED", "STATUS:IN_PROGRESS"), history);
        assertEquals("rep1", reopened.getHistory().get(1).getBy());
        ServiceRequestData again = as("support1", () -> requests.resolve(reopened.getId(), reopened.getVersion(), "Done", null));
        assertThrows(InvalidStatusChangeException.class, () -> TestClock.later(Duration.ofDays(20),
                () -> as("support1", () -> requests.reopen(again.getId(), again.getVersion()))), "only within the reopening window");
    }

    @Test
    void anOnSiteVisitGoesToTheAccountsAddressAndAppearsInTheTechniciansDay() {
        AccountData account = account();
        ServiceRequestData visit = request(account, ServicePriority.NORMAL);
        visit.setChannel(ServiceChannel.ON_SITE);
        visit.setType(ServiceType.INSTALLATION);
        visit.setVisitDate(java.time.LocalDate.now().plusDays(3));
        visit.setVisitFrom("09:00");
        visit.setVisitTo("11:00");
        long technician = supportAgentId();
        visit.setTechnicianId(technician);
        ServiceRequestData planned = as("support1", () -> requests.openRequest(visit));
        assertEquals("Springfield", planned.getVisitCity(), "the account's address by default");
        assertTrue(as("support1", () -> requests.visits(technician, visit.getVisitDate())).stream()
                .anyMatch(r -> r.getId().equals(planned.getId())));
    }

    @Inject com.acme.crm.security.boundary.Users users;

    @Test
    void automaticAssignmentGivesNewRequestsToTheAgentsInTurn() {
        var agent = new com.acme.crm.security.boundary.UserData();
        agent.setUsername("agent" + UUID.randomUUID().toString().substring(0, 6));
        agent.setDisplayName("Second Agent " + agent.getUsername());
        agent.setRoles(java.util.EnumSet.of(com.acme.crm.security.boundary.Role.SUPPORT_AGENT));
        var created = as("admin", () -> users.create(agent, "a-long-password-1"));
        ServiceSettingsData on = as("admin", () -> administration.settings());
        on.setAutoAssign(true);
        as("admin", () -> administration.change(on));
        try {
            AccountData account = account();
            List<String> assignees = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                assignees.add(as("rep1", () -> requests.openRequest(request(account, ServicePriority.NORMAL))).getAssigneeName());
            }
            assertTrue(assignees.stream().noneMatch(java.util.Objects::isNull), assignees.toString());
            assertEquals(assignees.get(0), assignees.get(2), "in turn: " + assignees);
            assertEquals(assignees.get(1), assignees.get(3), "in turn: " + assignees);
            assertTrue(!assignees.get(0).equals(assignees.get(1)), "two agents share the work: " + assignees);
        } finally {
            ServiceSettingsData off = as("admin", () -> administration.settings());
            off.setAutoAssign(false);
            as("admin", () -> administration.change(off));
            // the next run's turn is again between two agents, whatever database this one leaves behind
            var leaving = as("admin", () -> users.get(created.getId()));
            leaving.setActive(false);
            as("admin", () -> users.update(leaving, null));
        }
    }
    @Inject ServiceAdministration administration;

    @Test
    void adminsSetTargetsAndHolidaysAndNewRequestsFollowThem() {
        ServiceSettingsData before = as("admin", () -> administration.settings());
        assertEquals(4, before.getTargets().size());
        ServiceSettingsData changed = as("admin", () -> administration.settings());
        changed.getTargets().stream().filter(t -> t.getPriority() == ServicePriority.LOW).forEach(t -> {
            t.setFirstResponseMinutes(10);
            t.setResolutionMinutes(20);
        });
        changed.getHolidays().add(new HolidayData(java.time.LocalDate.of(2031, 1, 1), "New Year"));
        assertThrows(AccessDeniedException.class, () -> as("support1", () -> administration.change(changed)));
        ServiceSettingsData saved = as("admin", () -> administration.change(changed));
        try {
            assertTrue(saved.getHolidays().stream().anyMatch(h -> h.getName().equals("New Year")));
            ServiceRequestData low = as("support1", () -> requests.openRequest(request(account(), ServicePriority.LOW)));
            com.acme.crm.service.control.BusinessClock clock = new com.acme.crm.service.control.BusinessClock(
                    java.time.ZoneId.of(saved.getTimeZone()), java.time.LocalTime.parse(saved.getWorkStart()),
                    java.time.LocalTime.parse(saved.getWorkEnd()), java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                    java.time.DayOfWeek.FRIDAY), java.util.Set.of());
            assertEquals(clock.plus(Instant.parse(low.getOpenedAt()), 20), Instant.parse(low.getResolutionDue()), "the new 20-minute target");
            ServiceSettingsData stale = before;
            assertThrows(com.acme.crm.shared.api.ConcurrentEditException.class, () -> as("admin", () -> administration.change(stale)));
        } finally {
            ServiceSettingsData restore = as("admin", () -> administration.settings());
            restore.setTargets(before.getTargets());
            restore.setHolidays(before.getHolidays());
            as("admin", () -> administration.change(restore));
        }
    }

    private long supportAgentId() {
        return as("admin", () -> users.list(new PageQuery(0, 200))).getItems().stream()
                .filter(u -> u.getUsername().equals("support1")).findFirst().orElseThrow().getId();
    }

    private AccountData account() {
        AccountData account = new AccountData();
        account.setName("Service Co " + UUID.randomUUID().toString().substring(0, 8));
        Address address = new Address();
        address.setStreet("742 Evergreen Terrace");
        address.setCity("Springfield");
        account.setAddress(address);
        return as("rep1", () -> accounts.createAccount(account));
    }

    private static ServiceRequestData request(AccountData account, ServicePriority priority) {
        ServiceRequestData request = new ServiceRequestData();
        request.setAccountId(account.getId());
        request.setSubject("Cannot log in");
        request.setChannel(ServiceChannel.PHONE);
        request.setType(ServiceType.PROBLEM);
        request.setPriority(priority);
        return request;
    }
}
