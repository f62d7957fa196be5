package com.acme.crm.service.boundary;

import static com.acme.crm.testing.ActingUser.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.quote.boundary.Catalogue;
import com.acme.crm.quote.boundary.InvoiceData;
import com.acme.crm.quote.boundary.PriceData;
import com.acme.crm.quote.boundary.PriceListData;
import com.acme.crm.quote.boundary.ProductData;
import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.QuoteLineData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.testing.Deployments;
import com.acme.crm.testing.TestClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After the sale: the follow-up after a win, and the renewal deal opened before a contract ends. */
@ExtendWith(ArquillianExtension.class)
class AfterSaleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.crm();
    }

    @Inject Quotes quotes;
    @Inject Catalogue catalogue;
    @Inject Opportunities opportunities;
    @Inject Accounts accounts;
    @Inject Activities activities;
    @Inject Renewals renewals;

    @Test
    void aWinSchedulesAFollowUpAndAContractIsRenewedOnceBeforeItEnds() {
        OpportunityData deal = deal();
        InvoiceData invoice = acceptedQuoteWithSupport(deal, 12);
        assertEquals(LocalDate.now().plusMonths(12), invoice.getSupportEnds());

        List<ActivityData> timeline = as("rep1", () -> activities.timeline("opportunity", deal.getId()));
        ActivityData followUp = timeline.stream().filter(a -> a.getSubject().startsWith("Follow up after the win")).findFirst().orElseThrow();
        assertEquals(LocalDate.now().plusDays(14), followUp.getStartsAt().toLocalDate(), "14 days after the win");

        assertTrue(as("admin", () -> renewals.openDueRenewals()) >= 0);
        assertEquals(0, renewalsOf(deal).size(), "a year before the end is too early");
        long days = ChronoUnit.DAYS.between(LocalDate.now(), invoice.getSupportEnds()) - 59;
        TestClock.later(Duration.ofDays(days), () -> as("admin", () -> renewals.openDueRenewals()));
        List<OpportunityData> renewed = renewalsOf(deal);
        assertEquals(1, renewed.size());
        assertEquals(new BigDecimal("1200.00"), renewed.get(0).getAmount(), "the contract's value before tax");
        assertEquals(invoice.getSupportEnds(), renewed.get(0).getExpectedCloseDate());
        assertEquals("Prospecting", renewed.get(0).getStageName());
        TestClock.later(Duration.ofDays(days + 1), () -> as("admin", () -> renewals.openDueRenewals()));
        assertEquals(1, renewalsOf(deal).size(), "renewed once");
        org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, () -> as("rep1", () -> renewals.openDueRenewals()));
    }

    private List<OpportunityData> renewalsOf(OpportunityData deal) {
        return as("rep1", () -> opportunities.findOpportunities(new PageQuery(0, 50, null, true, "Renewal: " + deal.getName(),
                Map.of("account", String.valueOf(deal.getAccountId()))))).getItems();
    }

    private InvoiceData acceptedQuoteWithSupport(OpportunityData deal, int months) {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProductData product = new ProductData();
        product.setCode(code);
        product.setName("Support " + code);
        product.setUnit("year");
        ProductData saved = as("admin", () -> catalogue.saveProduct(product));
        PriceListData list = new PriceListData();
        list.setName("Support prices " + code);
        list.setCurrency("EUR");
        list.setPrices(List.of(new PriceData(saved.getId(), code, null, null, new BigDecimal("1200.00"))));
        PriceListData prices = as("admin", () -> catalogue.savePriceList(list));
        QuoteData draft = as("rep1", () -> quotes.createQuote(deal.getId(), prices.getId()));
        QuoteLineData line = new QuoteLineData();
        line.setProductId(saved.getId());
        draft.setLines(List.of(line));
        draft.setSupportTerms("Premium support");
        draft.setSupportMonths(months);
        QuoteData priced = as("rep1", () -> quotes.updateQuote(draft));
        QuoteData sent = as("rep1", () -> quotes.sendQuote(priced.getId(), priced.getVersion()));
        return as("rep1", () -> quotes.acceptQuote(sent.getId(), sent.getVersion()));
    }

    private OpportunityData deal() {
        AccountData account = new AccountData();
        account.setName("Renewal Co " + UUID.randomUUID().toString().substring(0, 8));
        AccountData saved = as("rep1", () -> accounts.createAccount(account));
        OpportunityData deal = new OpportunityData();
        deal.setName("Support for " + saved.getName());
        deal.setAccountId(saved.getId());
        deal.setCurrency("EUR");
        return as("rep1", () -> opportunities.createOpportunity(deal));
    }
}
