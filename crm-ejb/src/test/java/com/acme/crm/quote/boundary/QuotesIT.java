package com.acme.crm.quote.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.pipeline.boundary.MoveData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.shared.api.Money;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.SalesFixtures;
import com.acme.crm.testing.TestClock;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quotes in the container: pricing, revisions, approval, acceptance into an invoice and a won deal, expiry, PDF. */
@ExtendWith(ArquillianExtension.class)
class QuotesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;
    @Inject SalesFixtures fixtures;
    @Inject Quotes quotes;
    @Inject com.acme.crm.audit.boundary.RecordHistories histories;
    @Inject Opportunities opportunities;
    @Inject Notifications notifications;
    @Inject com.acme.crm.pipeline.boundary.PipelineAdministration pipeline;

    @Test
    void linesArePricedFromThePriceListAndNegotiationMakesRevisionsThatSayWhatChanged() {
        PriceListData prices = priceList("33.33");
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal("Initech").getId(), prices.getId()));
        assertEquals(QuoteStatus.DRAFT, draft.getStatus());
        assertEquals(1, draft.getRevision());
        assertTrue(draft.getNumber().startsWith("Q-" + LocalDate.now().getYear() + "-"), draft.getNumber());

        draft.setLines(List.of(productLine(prices, "3"), serviceLine("Installation", "100.00", "7")));
        QuoteData priced = as("rep1", () -> quotes.updateQuote(draft));
        assertEquals(new BigDecimal("33.33"), priced.getLines().get(0).getUnitPrice(), "taken from the price list");
        assertEquals(new BigDecimal("99.99"), priced.getLines().get(0).getNet());
        assertEquals(new BigDecimal("199.99"), priced.getTotals().getSubtotal());
        assertEquals(new BigDecimal("7.00"), priced.getTotals().getTaxes().get(0).getTax(), "7 % of 100.00");
        assertEquals(new BigDecimal("19.00"), priced.getTotals().getTaxes().get(1).getTax(), "19 % of 99.99");
        assertEquals(new BigDecimal("225.99"), priced.getTotals().getGrandTotal());

        QuoteData sent = as("rep1", () -> quotes.sendQuote(priced.getId(), priced.getVersion()));
        assertEquals(QuoteStatus.SENT, sent.getStatus());
        sent.setQuoteDiscount(new BigDecimal("5"));
        assertThrows(InvalidStatusChangeException.class, () -> as("rep1", () -> quotes.updateQuote(sent)), "a sent quote is fixed");

        QuoteData second = as("rep1", () -> quotes.reviseQuote(sent.getId(), sent.getVersion()));
        assertEquals(sent.getNumber(), second.getNumber());
        assertEquals(2, second.getRevision());
        second.getLines().get(0).setQuantity(new BigDecimal("4"));
        second.getLines().get(0).setUnitPrice(null); // the price list decides again
        QuoteData changed = as("rep1", () -> quotes.updateQuote(second));
        List<QuoteData> revisions = as("rep1", () -> quotes.getRevisions(changed.getId()));
        assertEquals(List.of(1, 2), revisions.stream().map(QuoteData::getRevision).toList());
        assertTrue(revisions.get(1).getChanges().stream().anyMatch(c -> c.contains("quantity 3 → 4")), revisions.get(1).getChanges().toString());
        assertEquals(QuoteStatus.SENT, revisions.get(0).getStatus(), "earlier revisions stay as they were");

        java.util.Map<String, String> history = new java.util.HashMap<>();
        as("rep1", () -> histories.historyOf("Quote", changed.getId(), new PageQuery(0, 100))).getItems()
                .forEach(c -> history.put(c.getField(), c.getOldValue() + " → " + c.getNewValue()));
        assertEquals("3 → 4", history.get("Line 1: Quantity"), "the line's change is in the quote's history: " + history);
        assertEquals("99.99 → 133.32", history.get("Line 1: Net"), history.toString());
    }

    @Test
    void aDiscountOverTheThresholdNeedsAManagersApprovalBeforeSending() {
        PriceListData prices = priceList("1000.00");
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal("Globex").getId(), prices.getId()));
        draft.setLines(List.of(productLine(prices, "10")));
        draft.setQuoteDiscount(new BigDecimal("20"));
        QuoteData discounted = as("rep1", () -> quotes.updateQuote(draft));
        assertTrue(discounted.isNeedsApproval());

        InvalidStatusChangeException refused = assertThrows(InvalidStatusChangeException.class,
                () -> as("rep1", () -> quotes.sendQuote(discounted.getId(), discounted.getVersion())));
        assertTrue(refused.getMessage().contains("approve"), refused.getMessage());
        QuoteData pending = as("rep1", () -> quotes.requestApproval(discounted.getId(), discounted.getVersion()));
        assertEquals(QuoteStatus.PENDING_APPROVAL, pending.getStatus());
        assertTrue(as("manager1", () -> quotes.findQuotes(new PageQuery(0, 200, null, true, null,
                java.util.Map.of("approval", "pending")))).getItems().stream().anyMatch(q -> q.getId().equals(pending.getId())),
                "in the manager's approval queue");
        assertThrows(AccessDeniedException.class, () -> as("rep1", () -> quotes.approveQuote(pending.getId(), pending.getVersion(), "ok")));
        assertThrows(AccessDeniedException.class, () -> as("manager2", () -> quotes.approveQuote(pending.getId(), pending.getVersion(), "ok")),
                "another team's manager");
        QuoteData approved = as("manager1", () -> quotes.approveQuote(pending.getId(), pending.getVersion(), "Strategic customer"));
        assertEquals(QuoteStatus.APPROVED, approved.getStatus());
        assertTrue(as("rep1", () -> notifications.mine(new PageQuery(0, 200))).getItems().stream()
                .anyMatch(n -> n.getMessage().contains(approved.getNumber()) && n.getMessage().contains("approved by manager1")));
        assertEquals(QuoteStatus.SENT, as("rep1", () -> quotes.sendQuote(approved.getId(), approved.getVersion())).getStatus());
    }

    @Test
    void acceptingInvoicesTheSameFiguresClosesOtherRevisionsAndWinsTheDeal() {
        PriceListData prices = priceList("250.00");
        OpportunityData deal = deal("Hooli");
        CriteriaNotMetException noQuote = assertThrows(CriteriaNotMetException.class, () -> as("manager1",
                () -> opportunities.moveOpportunity(deal.getId(), new MoveData(deal.getVersion(), stage("Negotiation")))));
        assertTrue(noQuote.getMessage().contains("no quote has been sent yet"), noQuote.getMessage());

        QuoteData first = sentQuote(deal, prices, "4");
        QuoteData second = as("rep1", () -> quotes.reviseQuote(first.getId(), first.getVersion()));
        second.setSupportTerms("Premium support, next business day");
        second.setSupportMonths(12);
        QuoteData edited = as("rep1", () -> quotes.updateQuote(second));
        QuoteData sentAgain = as("rep1", () -> quotes.sendQuote(edited.getId(), edited.getVersion()));

        InvoiceData invoice = as("rep1", () -> quotes.acceptQuote(sentAgain.getId(), sentAgain.getVersion()));
        assertTrue(invoice.getNumber().matches("INV-" + LocalDate.now().getYear() + "-\\d{5}"), invoice.getNumber());
        assertEquals(sentAgain.getTotals().getGrandTotal(), invoice.getTotals().getGrandTotal());
        assertEquals(sentAgain.getTotals().getTaxTotal(), invoice.getTotals().getTaxTotal());
        assertEquals(sentAgain.getLines().size(), invoice.getLines().size());
        assertEquals(LocalDate.now().plusMonths(12), invoice.getSupportEnds());
        assertEquals(QuoteStatus.CLOSED, as("rep1", () -> quotes.getQuote(first.getId())).getStatus());
        OpportunityData won = as("rep1", () -> opportunities.getOpportunity(deal.getId()));
        assertEquals(StageKind.WON, won.getStageKind());
        assertEquals(new BigDecimal("1000.00"), won.getAmount(), "the deal's amount is the quote's total before tax");
        assertThrows(InvalidStatusChangeException.class,
                () -> as("rep1", () -> quotes.acceptQuote(first.getId(), as("rep1", () -> quotes.getQuote(first.getId())).getVersion())));
    }

    @Test
    void anAcceptanceThatCannotWinTheDealLeavesNothingBehind() {
        PriceListData prices = priceList("99.00");
        OpportunityData deal = deal("Soylent");
        QuoteData sent = sentQuote(deal, prices, "2");
        long invoicesBefore = as("admin", () -> quotes.findInvoices(new PageQuery(0, 1))).getTotal();
        // the deal has no BANT: winning it must fail
        fixtures.whileWinningNeeds("BANT_COMPLETE", () ->
                assertThrows(CriteriaNotMetException.class, () -> as("rep1", () -> quotes.acceptQuote(sent.getId(), sent.getVersion()))));
        QuoteData after = as("rep1", () -> quotes.getQuote(sent.getId()));
        assertEquals(QuoteStatus.SENT, after.getStatus(), "the acceptance was rolled back");
        assertEquals(sent.getVersion(), after.getVersion());
        assertEquals(invoicesBefore, as("admin", () -> quotes.findInvoices(new PageQuery(0, 1))).getTotal(), "no invoice");
        assertEquals(StageKind.OPEN, as("rep1", () -> opportunities.getOpportunity(deal.getId())).getStageKind());
        InvoiceData invoice = as("rep1", () -> quotes.acceptQuote(sent.getId(), sent.getVersion()));
        assertEquals(sent.getTotals().getGrandTotal(), invoice.getTotals().getGrandTotal(), "and it still can be accepted");
    }

    @Test
    void twoUsersAcceptingAtOnceGiveOneInvoiceAndInvoiceNumbersHaveNoGaps() throws Exception {
        PriceListData prices = priceList("10.00");
        OpportunityData deal = deal("Pied Piper");
        QuoteData a = sentQuote(deal, prices, "1");
        QuoteData b0 = as("rep1", () -> quotes.reviseQuote(a.getId(), a.getVersion()));
        QuoteData b = as("rep1", () -> quotes.sendQuote(b0.getId(), b0.getVersion()));
        List<Object> outcomes = race(() -> as("rep1", () -> quotes.acceptQuote(a.getId(), a.getVersion())),
                () -> as("manager1", () -> quotes.acceptQuote(b.getId(), b.getVersion())));
        assertEquals(1, outcomes.stream().filter(InvoiceData.class::isInstance).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter(InvalidStatusChangeException.class::isInstance).count(), outcomes.toString());

        QuoteData c = sentQuote(deal("Aviato"), prices, "1");
        QuoteData d = sentQuote(deal("Raviga"), prices, "1");
        List<Object> both = race(() -> as("rep1", () -> quotes.acceptQuote(c.getId(), c.getVersion())),
                () -> as("rep1", () -> quotes.acceptQuote(d.getId(), d.getVersion())));
        List<Integer> numbers = both.stream().map(o -> Integer.parseInt(((InvoiceData) o).getNumber().substring(9))).sorted().toList();
        assertEquals(numbers.get(0) + 1, numbers.get(1), "consecutive: " + numbers);
    }

    @Test
    void sentQuotesExpireAfterTheirValidityAndThePdfShowsTheScreensFigures() throws Exception {
        PriceListData prices = priceList("1234.56");
        QuoteData sent = sentQuote(deal("Umbrella"), prices, "3");

        String text = pdfText(as("rep1", () -> quotes.quotePdf(sent.getId())));
        assertTrue(text.contains("Quote " + sent.getNumber() + ", revision 1"), text);
        assertTrue(text.contains(Money.of(sent.getTotals().getGrandTotal(), "EUR").format()), "total as on screen: " + text);
        assertTrue(text.contains(Money.of(sent.getTotals().getTaxTotal(), "EUR").format()), text);
        assertTrue(text.contains("Acme Sales CRM Demo Ltd"), "our company: " + text);
        assertThrows(AccessDeniedException.class, () -> as("rep2", () -> quotes.quotePdf(sent.getId())));

        TestClock.later(Duration.ofDays(31), () -> {
            assertTrue(as("admin", () -> quotes.expireOverdueQuotes()) >= 1);
            return null;
        });
        QuoteData expired = as("rep1", () -> quotes.getQuote(sent.getId()));
        assertEquals(QuoteStatus.EXPIRED, expired.getStatus());
        assertThrows(InvalidStatusChangeException.class, () -> as("rep1", () -> quotes.acceptQuote(expired.getId(), expired.getVersion())));
    }

    private static List<Object> race(Callable<Object> one, Callable<Object> other) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = pool.invokeAll(List.of(wrap(one), wrap(other)));
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private static Callable<Object> wrap(Callable<Object> action) {
        return () -> {
            try {
                return action.call();
            } catch (RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null && !(cause instanceof InvalidStatusChangeException)) {
                    cause = cause.getCause();
                }
                return cause;
            }
        };
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void everyAmountKeepsItsCurrencysMinorUnitsFromPriceListToInvoice() {
        PriceListData dinars = priceList("1.235", "KWD");
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal("Gulf Trading", "KWD").getId(), dinars.getId()));
        draft.setLines(List.of(productLine(dinars, "3")));
        QuoteData priced = as("rep1", () -> quotes.updateQuote(draft));
        assertEquals(new BigDecimal("1.235"), priced.getLines().get(0).getUnitPrice(), "three decimals for a dinar");
        assertEquals(new BigDecimal("3.705"), priced.getLines().get(0).getNet());
        assertEquals(0, new BigDecimal("3.705").compareTo((BigDecimal) em.createNativeQuery(
                "select subtotal from quote where id = ?").setParameter(1, priced.getId()).getSingleResult()),
                "stored with its three decimals, not rounded to two");
        InvoiceData invoice = as("rep1", () -> quotes.acceptQuote(priced.getId(),
                as("rep1", () -> quotes.sendQuote(priced.getId(), priced.getVersion())).getVersion()));
        assertEquals(priced.getTotals().getGrandTotal(), invoice.getTotals().getGrandTotal());

        PriceListData yen = priceList("1234", "JPY");
        QuoteData yenDraft = as("rep1", () -> quotes.createQuote(deal("Kyoto Systems", "JPY").getId(), yen.getId()));
        yenDraft.setLines(List.of(productLine(yen, "1")));
        yenDraft.setQuoteDiscount(new BigDecimal("5"));
        QuoteData yenQuote = as("rep1", () -> quotes.updateQuote(yenDraft));
        assertEquals(new BigDecimal("62"), yenQuote.getTotals().getQuoteDiscountAmount(), "5 % of 1,234 yen = 61.7, whole yen");
        assertEquals(0, yenQuote.getTotals().getGrandTotal().scale(), "no decimals for yen: " + yenQuote.getTotals().getGrandTotal());

        InvalidInputException cents = assertThrows(InvalidInputException.class, () -> priceList("100.50", "JPY"));
        assertEquals("must be a whole amount in JPY", cents.getFieldErrors().get(0).getMessage());
        OpportunityData yenDeal = new OpportunityData();
        yenDeal.setName("Yen deal with cents");
        yenDeal.setAccountId(deal("Osaka Tools", "JPY").getAccountId());
        yenDeal.setCurrency("JPY");
        yenDeal.setAmount(new BigDecimal("100.5"));
        InvalidInputException dealCents = assertThrows(InvalidInputException.class, () -> as("rep1", () -> opportunities.createOpportunity(yenDeal)));
        assertEquals("amount", dealCents.getFieldErrors().get(0).getField(), "a deal's amount is refused, not rounded");
    }

    private QuoteData sentQuote(OpportunityData deal, PriceListData prices, String quantity) {
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal.getId(), prices.getId()));
        draft.setLines(List.of(productLine(prices, quantity)));
        QuoteData saved = as("rep1", () -> quotes.updateQuote(draft));
        return as("rep1", () -> quotes.sendQuote(saved.getId(), saved.getVersion()));
    }

    private long stage(String name) {
        return as("rep1", () -> opportunities.getStages()).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private OpportunityData deal(String company) {
        return fixtures.deal(company, "EUR");
    }

    private OpportunityData deal(String company, String currency) {
        return fixtures.deal(company, currency);
    }

    private PriceListData priceList(String price) {
        return priceList(price, "EUR");
    }

    private PriceListData priceList(String price, String currency) {
        PriceListData saved = fixtures.priceList(price, currency);
        assertNotEquals(0, saved.getPrices().size());
        return saved;
    }

    private static QuoteLineData productLine(PriceListData prices, String quantity) {
        return SalesFixtures.productLine(prices, quantity);
    }

    private static QuoteLineData serviceLine(String description, String price, String taxRate) {
        QuoteLineData line = new QuoteLineData();
        line.setDescription(description);
        line.setUnitPrice(new BigDecimal(price));
        line.setTaxRate(new BigDecimal(taxRate));
        return line;
    }
}
