package com.acme.crm.testing;

import static com.acme.crm.testing.ActingUser.as;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.PipelineAdministration;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.quote.boundary.Catalogue;
import com.acme.crm.quote.boundary.PriceData;
import com.acme.crm.quote.boundary.PriceListData;
import com.acme.crm.quote.boundary.ProductData;
import com.acme.crm.quote.boundary.QuoteLineData;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Deals and price lists of their own for each test (rep1's, admin's catalogue), so that tests never share them. */
@Dependent
public class SalesFixtures {

    @Inject Accounts accounts;
    @Inject Opportunities opportunities;
    @Inject Catalogue catalogue;
    @Inject PipelineAdministration pipeline;

    /** Runs the action while the won stage also needs the criterion (e.g. BANT_COMPLETE), then puts the stage back. */
    public void whileWinningNeeds(String criterion, Runnable action) {
        var won = as("admin", () -> pipeline.stages()).stream().filter(s -> s.getKind() == StageKind.WON).findFirst().orElseThrow();
        List<String> criteria = new ArrayList<>(won.getCriteria());
        won.getCriteria().add(criterion);
        var stricter = as("admin", () -> pipeline.saveStage(won));
        try {
            action.run();
        } finally {
            stricter.setCriteria(criteria);
            as("admin", () -> pipeline.saveStage(stricter));
        }
    }

    /** A new account of rep1's with one open deal in the currency. */
    public OpportunityData deal(String company, String currency) {
        return deal("rep1", company, currency);
    }

    /** A new account of the seller's with one open deal in the currency. */
    public OpportunityData deal(String seller, String company, String currency) {
        AccountData account = new AccountData();
        account.setName(company + " " + UUID.randomUUID().toString().substring(0, 8));
        AccountData saved = as(seller, () -> accounts.createAccount(account));
        OpportunityData deal = new OpportunityData();
        deal.setName("Platform for " + saved.getName());
        deal.setAccountId(saved.getId());
        deal.setCurrency(currency);
        return as(seller, () -> opportunities.createOpportunity(deal));
    }

    /** A product of its own in a price list of its own. */
    public PriceListData priceList(String price, String currency) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProductData product = new ProductData();
        product.setCode(code);
        product.setName("Widget " + code);
        product.setUnit("piece");
        ProductData savedProduct = as("admin", () -> catalogue.saveProduct(product));
        PriceListData list = new PriceListData();
        list.setName("Test prices " + code);
        list.setCurrency(currency);
        list.setPrices(List.of(new PriceData(savedProduct.getId(), code, null, null, new BigDecimal(price))));
        return as("admin", () -> catalogue.savePriceList(list));
    }

    /** A line of the price list's product. */
    public static QuoteLineData productLine(PriceListData prices, String quantity) {
        QuoteLineData line = new QuoteLineData();
        line.setProductId(prices.getPrices().get(0).getProductId());
        line.setQuantity(new BigDecimal(quantity));
        return line;
    }
}
