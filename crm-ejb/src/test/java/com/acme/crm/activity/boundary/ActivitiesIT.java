package com.acme.crm.activity.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.lead.boundary.ConversionData;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.LeadStatus;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.boundary.NeedUrgency;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Activities in the container: engagement scoring, leads from unknown callers, history through conversion. */
@ExtendWith(ArquillianExtension.class)
class ActivitiesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject
    Activities activities;

    @Inject
    Leads leads;

    @Test
    void callWithALeadStartsTheWorkAndRaisesItsEngagementScore() {
        LeadData lead = as("rep1", () -> leads.createLead(lead(unique("Engaged"))));
        assertEquals(LeadStatus.NEW, lead.getStatus());
        as("rep1", () -> activities.log(call("First call", lead.getId(), LocalDateTime.now().minusHours(2))));

        LeadData after = as("rep1", () -> leads.getLead(lead.getId()));
        assertEquals(LeadStatus.WORKING, after.getStatus());
        assertEquals(lead.getScore() + 6, after.getScore(), "one recent activity: 40 % of the engagement weight 15");
        assertTrue(after.getScoreFactors().stream().anyMatch(f -> f.getReason().equals("1 activities in the last 30 days")));
    }

    @Test
    void activityWithSomeoneUnknownCreatesTheLeadInTheSameStep() {
        LeadData unknown = new LeadData();
        unknown.setLastName(unique("Caller"));
        unknown.setPhone("+44 20 7946 0000");
        ActivityData logged = as("rep1", () -> activities.logWithNewLead(call("Asked for a demo", null,
                LocalDateTime.now()), unknown));
        LeadData created = as("rep1", () -> leads.getLead(logged.getLeadId()));
        assertEquals(LeadSource.PHONE, created.getSource());
        assertEquals(List.of("Asked for a demo"), as("rep1", () -> activities.timeline("lead", created.getId())).stream()
                .map(ActivityData::getSubject).toList());
    }

    @Test
    void activityMustRegardSomething() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as("rep1", () -> activities.log(call("About nothing", null, LocalDateTime.now()))));
        assertEquals("regarding", refused.getFieldErrors().get(0).getField());
    }

    @Test
    void convertedLeadsHistoryContinuesOnTheContact() {
        LeadData lead = as("rep1", () -> leads.createLead(lead(unique("History Co"))));
        as("rep1", () -> activities.log(call("Discovery call", lead.getId(), LocalDateTime.now().minusDays(1))));
        LeadData working = as("rep1", () -> leads.getLead(lead.getId()));
        LeadData qualified = as("rep1", () -> leads.qualifyLead(working.getId(), working.getVersion()));
        ConversionData decision = new ConversionData();
        decision.setLeadVersion(qualified.getVersion());
        decision.setOpportunityName("Deal");
        LeadData converted = as("rep1", () -> leads.convertLead(qualified.getId(), decision));

        List<ActivityData> onContact = as("rep1", () -> activities.timeline("contact", converted.getConvertedContactId()));
        assertEquals(List.of("Discovery call"), onContact.stream().map(ActivityData::getSubject).toList());
        assertEquals(converted.getConvertedAccountId(), onContact.get(0).getAccountId());
        assertEquals(1, as("rep1", () -> activities.timeline("account", converted.getConvertedAccountId())).size());
    }

    @Test
    void myOpenAndOverdueActivities() {
        LeadData lead = as("rep2", () -> leads.createLead(lead(unique("Busy"))));
        String marker = unique("task");
        ActivityData late = call(marker + " late", lead.getId(), LocalDateTime.now().minusDays(2));
        late.setType(ActivityType.TASK);
        ActivityData soon = call(marker + " soon", lead.getId(), LocalDateTime.now().plusDays(2));
        ActivityData lateLogged = as("rep2", () -> activities.log(late));
        as("rep2", () -> activities.log(soon));

        List<String> open = subjects(as("rep2", () -> activities.myOpenActivities(new PageQuery(0, 200))).getItems(), marker);
        assertEquals(List.of(marker + " late", marker + " soon"), open);
        List<String> overdue = subjects(as("rep2", () -> activities.myOpenActivities(
                new PageQuery(0, 200, null, true, null, Map.of("overdue", "true")))).getItems(), marker);
        assertEquals(List.of(marker + " late"), overdue);

        as("rep2", () -> activities.complete(lateLogged.getId(), lateLogged.getVersion(), "done it"));
        assertEquals(List.of(marker + " soon"),
                subjects(as("rep2", () -> activities.myOpenActivities(new PageQuery(0, 200))).getItems(), marker));
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> activities.timeline("lead", lead.getId())));
    }

    private static List<String> subjects(List<ActivityData> list, String marker) {
        return list.stream().map(ActivityData::getSubject).filter(s -> s.startsWith(marker)).toList();
    }

    private static ActivityData call(String subject, Long leadId, LocalDateTime at) {
        ActivityData call = new ActivityData();
        call.setType(ActivityType.CALL);
        call.setSubject(subject);
        call.setStartsAt(at);
        call.setDurationMinutes(15);
        call.setLeadId(leadId);
        return call;
    }

    private static LeadData lead(String company) {
        LeadData lead = new LeadData();
        lead.setFirstName("Grace");
        lead.setLastName("Kelly");
        lead.setCompany(company);
        lead.setNeed("Needs a CRM");
        lead.setNeedUrgency(NeedUrgency.MEDIUM);
        lead.setBudgetAmount(new BigDecimal("5000"));
        lead.setBudgetCurrency("EUR");
        lead.setExpectedPurchaseDate(LocalDate.now().plusMonths(2));
        return lead;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
