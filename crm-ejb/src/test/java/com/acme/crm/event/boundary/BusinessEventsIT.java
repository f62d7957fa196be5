package com.acme.crm.event.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.event.control.EventRelay;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.quote.boundary.PriceListData;
import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.QuoteLineData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.boundary.UserData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.SalesFixtures;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Business events in the container: written with the use case, nothing for one that rolled back, published in order. */
@ExtendWith(ArquillianExtension.class)
class BusinessEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject BusinessEvents events;
    @Inject EventRelay relay;
    @Inject SalesFixtures fixtures;
    @Inject Quotes quotes;
    @Inject Users users;

    @Test
    void aSaleFromDealToInvoiceIsAnnouncedInOrderWithItsAmountsAndOwner() {
        long before = lastPosition();
        OpportunityData deal = deal("Initrode");
        PriceListData prices = priceList("250.00");
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal.getId(), prices.getId()));
        draft.setLines(List.of(line(prices, "4")));
        QuoteData saved = as("rep1", () -> quotes.updateQuote(draft));
        QuoteData sent = as("rep1", () -> quotes.sendQuote(saved.getId(), saved.getVersion()));
        var invoice = as("rep1", () -> quotes.acceptQuote(sent.getId(), sent.getVersion()));
        relay.publishPending();

        List<JsonObject> mine = about(before, "opportunities/" + deal.getId(), "quotes/" + sent.getId(), "invoices/" + invoice.getId());
        assertEquals(List.of("com.acme.crm.deal.created", "com.acme.crm.quote.sent", "com.acme.crm.quote.accepted",
                "com.acme.crm.invoice.issued", "com.acme.crm.deal.won"), mine.stream().map(e -> e.getString("type")).toList());
        for (JsonObject e : mine) {
            assertEquals("1.0", e.getString("specversion"));
            assertEquals("/crm", e.getString("source"));
            assertEquals("rep1", e.getJsonObject("data").getString("owner"), "the owner is named: " + e);
            assertTrue(e.getJsonObject("data").containsKey("teamId"), "and the owner's team: " + e);
        }
        JsonObject issued = mine.get(3).getJsonObject("data");
        assertEquals(invoice.getNumber(), issued.getString("number"));
        assertEquals(new BigDecimal("1000.00"), issued.getJsonObject("subtotal").getJsonNumber("amount").bigDecimalValue());
        assertEquals("EUR", issued.getJsonObject("total").getString("currency"));
        assertEquals(0, invoice.getTotals().getGrandTotal().compareTo(issued.getJsonObject("total").getJsonNumber("amount").bigDecimalValue()),
                "the invoice's total, to the cent");
        JsonObject won = mine.get(4).getJsonObject("data");
        assertEquals("WON", won.getString("stageKind"));
        assertEquals("OPEN", won.getString("fromStageKind"));
        assertEquals(new BigDecimal("1000.00"), won.getJsonObject("amount").getJsonNumber("amount").bigDecimalValue());
        assertEquals(mine.size(), new HashSet<>(mine.stream().map(e -> e.getString("id")).toList()).size(), "ids are unique");
    }

    @Test
    void aUseCaseThatFailsAnnouncesNothingOfWhatItHadDone() {
        long before = lastPosition();
        OpportunityData deal = deal("Vandelay");
        PriceListData prices = priceList("99.00");
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal.getId(), prices.getId()));
        draft.setLines(List.of(line(prices, "2")));
        QuoteData saved = as("rep1", () -> quotes.updateQuote(draft));
        QuoteData sent = as("rep1", () -> quotes.sendQuote(saved.getId(), saved.getVersion()));
        // winning this deal fails after the acceptance and the invoice were made
        fixtures.whileWinningNeeds("BANT_COMPLETE", () ->
                assertThrows(CriteriaNotMetException.class, () -> as("rep1", () -> quotes.acceptQuote(sent.getId(), sent.getVersion()))));
        relay.publishPending();
        List<String> types = about(before, "opportunities/" + deal.getId(), "quotes/" + sent.getId()).stream()
                .map(e -> e.getString("type")).toList();
        assertEquals(List.of("com.acme.crm.deal.created", "com.acme.crm.quote.sent"), types, "no acceptance, no invoice, no win");
    }

    @Test
    void theStreamIsGaplessFiltersByTypeAndIsTheAdminsAlone() {
        deal("Stream Co");
        deal("Stream Co");
        relay.publishPending();
        List<EventData> page = as("admin", () -> events.eventsAfter(0, List.of(), BusinessEvents.MAX_PAGE));
        for (int i = 1; i < page.size(); i++) {
            assertEquals(page.get(i - 1).getPosition() + 1, page.get(i).getPosition(), "positions without gaps");
        }
        long last = page.get(page.size() - 1).getPosition();
        List<EventData> created = as("admin", () -> events.eventsAfter(0, List.of("com.acme.crm.deal.created"), 50));
        assertTrue(created.stream().allMatch(e -> e.getType().equals("com.acme.crm.deal.created")));
        assertTrue(as("admin", () -> events.eventsAfter(Long.MAX_VALUE - 1, List.of(), 10)).isEmpty(), "nothing after the end");
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> as("admin", () -> events.eventsAfter(last, List.of("deal.won"), 10)));
        assertEquals("type", unknown.getFieldErrors().get(0).getField());
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> events.eventsAfter(0, List.of(), 10)));
    }

    @Test
    void anIntegrationAccountReadsItsTeamsEventsAndAnAdminIntegrationAll() {
        long before = lastPosition();
        var east = as("admin", () -> users.teams()).stream().filter(t -> t.getName().equals("East")).findFirst().orElseThrow();
        String erp = integration("erp-east", east.getId(), Role.INTEGRATION);
        String hub = integration("hub", null, Role.INTEGRATION, Role.ADMIN);
        OpportunityData eastDeal = fixtures.deal("rep1", "East Co", "EUR");
        OpportunityData westDeal = fixtures.deal("rep2", "West Co", "EUR");
        relay.publishPending();
        List<String> seenByErp = subjectsAfter(erp, before);
        assertTrue(seenByErp.contains("opportunities/" + eastDeal.getId()), "its team's deal: " + seenByErp);
        assertTrue(!seenByErp.contains("opportunities/" + westDeal.getId()), "not another team's: " + seenByErp);
        List<String> seenByHub = subjectsAfter(hub, before);
        assertTrue(seenByHub.containsAll(List.of("opportunities/" + eastDeal.getId(), "opportunities/" + westDeal.getId())),
                "an admin integration reads everything: " + seenByHub);
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> events.feed(0, List.of(), 10)), "a person is no integration");
    }

    private String integration(String prefix, Long teamId, Role... roles) {
        UserData account = new UserData();
        account.setUsername(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        account.setDisplayName("Integration " + prefix);
        account.setRoles(EnumSet.copyOf(List.of(roles)));
        account.setTeamId(teamId);
        return as("admin", () -> users.create(account, "integration-password-1")).getUsername();
    }

    /** The subjects of every event after the position the account reads, page by page to the end. */
    private List<String> subjectsAfter(String account, long before) {
        List<String> seen = new ArrayList<>();
        long after = before;
        while (true) {
            long from = after;
            BusinessEvents.Feed page = as(account, () -> events.feed(from, List.of(), BusinessEvents.MAX_PAGE));
            page.items().forEach(e -> seen.add(Json.createReader(new StringReader(e.getCloudEvent())).readObject().getString("subject")));
            if (page.last() == after) {
                return seen;
            }
            after = page.last();
        }
    }

    private long lastPosition() {
        relay.publishPending();
        long last = 0;
        List<EventData> page;
        do {
            long after = last;
            page = as("admin", () -> events.eventsAfter(after, List.of(), BusinessEvents.MAX_PAGE));
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1).getPosition();
            }
        } while (page.size() == BusinessEvents.MAX_PAGE);
        return last;
    }

    private List<JsonObject> about(long after, String... subjects) {
        List<String> wanted = List.of(subjects);
        return as("admin", () -> events.eventsAfter(after, List.of(), BusinessEvents.MAX_PAGE)).stream()
                .map(e -> Json.createReader(new StringReader(e.getCloudEvent())).readObject())
                .filter(e -> wanted.contains(e.getString("subject"))).toList();
    }

    private OpportunityData deal(String company) {
        return fixtures.deal(company, "EUR");
    }

    private PriceListData priceList(String price) {
        return fixtures.priceList(price, "EUR");
    }

    private static QuoteLineData line(PriceListData prices, String quantity) {
        return SalesFixtures.productLine(prices, quantity);
    }
}
