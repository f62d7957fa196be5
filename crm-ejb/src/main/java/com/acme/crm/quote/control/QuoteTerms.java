package com.acme.crm.quote.control;

import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.entity.Quote;
import com.acme.crm.shared.api.Currencies;
import com.acme.crm.shared.api.Money;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a quote's terms must be before they are saved: its currency is its price list's, since
 * the list prices are in that currency (quoting them under another label would be wrong by the
 * exchange rate); amounts typed on lines have no more decimals than the currency has; and it
 * is valid until today or later, since a quote that has already run out can never be sent.
 */
public final class QuoteTerms {

    private QuoteTerms() {
    }

    public static void check(Quote quote, QuoteData data, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String listCurrency = quote.getPriceList() == null ? null : quote.getPriceList().getCurrency();
        if (listCurrency != null && data.getCurrency() != null && !listCurrency.equals(data.getCurrency())) {
            errors.add(new FieldError("currency", "must be " + listCurrency + ", the currency of the price list "
                    + quote.getPriceList().getName() + "; for a quote in " + data.getCurrency()
                    + ", start one from a price list in " + data.getCurrency()));
        }
        if (data.getValidUntil() != null && data.getValidUntil().isBefore(today)) {
            errors.add(new FieldError("validUntil", "must be today or later: a quote that has run out cannot be sent"));
        }
        String currency = data.getCurrency();
        if (Currencies.isActive(currency)) {
            for (int i = 0; i < data.getLines().size(); i++) {
                String problem = Money.decimalsProblem(data.getLines().get(i).getUnitPrice(), currency);
                if (problem != null) {
                    errors.add(new FieldError("lines[" + i + "].unitPrice", problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
