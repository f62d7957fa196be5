package com.acme.crm.quote.control;

import com.acme.crm.quote.boundary.QuoteLineData;
import com.acme.crm.quote.entity.PriceList;
import com.acme.crm.quote.entity.PriceListEntry;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.quote.entity.Quote;
import com.acme.crm.quote.entity.QuoteLine;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.control.Inputs;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Quote lines as entered: an active catalogue product or a description, and a price (the list price by default). */
@Dependent
public class QuoteLines {

    @PersistenceContext
    EntityManager em;

    /** The saved line for what was typed: a product's price comes from the quote's price list unless given. */
    public QuoteLine line(Quote quote, int position, QuoteLineData data) {
        Product product = null;
        BigDecimal price = data.getUnitPrice();
        if (data.getProductId() != null) {
            product = em.find(Product.class, data.getProductId());
            if (product == null || !product.isActive()) {
                throw new InvalidInputException(List.of(new FieldError("lines[" + (position - 1) + "].productId",
                        "choose an active product from the catalogue")));
            }
            if (price == null) {
                price = listPrice(quote.getPriceList(), product).orElseThrow(() -> new InvalidInputException(List.of(new FieldError(
                        "lines[" + (position - 1) + "].unitPrice", "the price list has no price for this product: enter one"))));
            }
        }
        String description = Inputs.blankToNull(data.getDescription()) != null ? data.getDescription().strip()
                : product != null ? product.getName() : null;
        if (description == null) {
            throw new InvalidInputException(List.of(new FieldError("lines[" + (position - 1) + "].description",
                    "choose a product or describe the line")));
        }
        if (price == null) {
            throw new InvalidInputException(List.of(new FieldError("lines[" + (position - 1) + "].unitPrice", "is required")));
        }
        return new QuoteLine(quote, position, product, description, data.getQuantity(), price, data.getDiscount(), data.getTaxRate());
    }

    private Optional<BigDecimal> listPrice(PriceList prices, Product product) {
        if (prices == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from PriceListEntry e where e.priceList = :list and e.product = :product",
                        PriceListEntry.class)
                .setParameter("list", prices).setParameter("product", product).getResultStream().findFirst()
                .map(PriceListEntry::getListPrice);
    }
}
