package com.acme.crm.lead.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotAuthenticatedException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.api.TooManyRequestsException;
import com.acme.crm.testing.Deployments;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Web forms in the container: posts without a caller, the limit under parallel posts, revocation, who may set them up. */
@ExtendWith(ArquillianExtension.class)
class WebFormsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject WebForms webForms;
    @Inject Leads leads;
    @Inject Users users;

    private WebFormData newForm(String campaign) {
        WebFormData form = new WebFormData();
        form.setName("Form " + campaign);
        form.setSource(LeadSource.CAMPAIGN);
        form.setCampaign(campaign);
        form.setOwnerId(as("rep1", () -> users.me()).getId());
        return as("admin", () -> webForms.create(form));
    }

    private static WebFormEntry visitor(String lastName) {
        WebFormEntry entry = new WebFormEntry();
        entry.setLastName(lastName);
        entry.setEmail("visitor@example.com");
        return entry;
    }

    private long leadsOf(String campaign) {
        PageQuery query = new PageQuery(0, 100, null, true, null, java.util.Map.of("campaign", campaign));
        return as("rep1", () -> leads.findLeads(query)).getTotal();
    }

    @Test
    void parallelPostsFromOneAddressLetExactlyTheLimitThrough() throws Exception {
        String campaign = "Parallel " + UUID.randomUUID();
        String key = newForm(campaign).getKey();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Object>> posts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "Visitor " + i;
                posts.add(() -> {
                    try {
                        return webForms.submit(key, visitor(name), "203.0.113.7"); // anonymous, as from the public site
                    } catch (TooManyRequestsException e) {
                        return e;
                    }
                });
            }
            int refused = 0;
            for (Future<Object> post : pool.invokeAll(posts)) {
                if (post.get() instanceof TooManyRequestsException tooMany) {
                    refused++;
                    assertTrue(tooMany.getRetryAfterSeconds() > 0 && tooMany.getRetryAfterSeconds() <= 600);
                }
            }
            assertEquals(7, refused, "5 of the 12 posts within 10 minutes get through, however they interleave");
        } finally {
            pool.shutdown();
        }
        assertEquals(5, leadsOf(campaign));
        assertEquals(null, webForms.submit(key, visitor("Elsewhere"), "198.51.100.9"), "another address still may");
        assertEquals(6, as("admin", () -> webForms.forms()).stream().filter(f -> f.getKey().equals(key)).findFirst()
                .orElseThrow().getLeadsCreated());
    }

    @Test
    void aPostMakesALeadWithTheFormsSettingsAndAnInvalidOneNothing() {
        String campaign = "Settings " + UUID.randomUUID();
        WebFormData form = newForm(campaign);
        WebFormEntry entry = visitor("Lovelace");
        entry.setMessage("Call me");
        webForms.submit(form.getKey(), entry, "192.0.2.1");
        PageQuery query = new PageQuery(0, 10, null, true, null, java.util.Map.of("campaign", campaign));
        LeadData lead = as("rep1", () -> leads.findLeads(query)).getItems().get(0);
        assertEquals(LeadSource.CAMPAIGN, lead.getSource());
        assertEquals(form.getOwnerId(), lead.getOwnerId());
        assertEquals("Call me", as("rep1", () -> leads.getLead(lead.getId())).getNotes());

        WebFormEntry noContact = visitor("Nobody");
        noContact.setEmail(" ");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> webForms.submit(form.getKey(), noContact, "192.0.2.1"));
        assertEquals("email", refused.getFieldErrors().get(0).getField());
        WebFormEntry robot = visitor("Robot");
        robot.setFax("123");
        webForms.submit(form.getKey(), robot, "192.0.2.1");
        assertEquals(1, leadsOf(campaign), "neither the invalid post nor the robot's made a lead");
    }

    @Test
    void aRevokedFormTakesNoPostsAndOnlyAdminsSetFormsUp() {
        WebFormData form = newForm("Revoked " + UUID.randomUUID());
        WebFormData revoked = as("admin", () -> webForms.revoke(form.getId(), form.getVersion()));
        assertTrue(revoked.isRevoked());
        assertThrows(NotFoundException.class, () -> webForms.submit(form.getKey(), visitor("Late"), "192.0.2.2"));
        assertThrows(InvalidInputException.class, () -> as("admin", () -> {
            revoked.setName("Back again");
            return webForms.change(revoked);
        }), "a revoked form stays revoked");
        assertThrows(NotAuthenticatedException.class, () -> webForms.forms(), "no caller, no list");
        assertThrows(com.acme.crm.shared.api.AccessDeniedException.class, () -> as("manager1", () -> webForms.forms()));
    }
}
