package com.acme.crm.dataimport.control;

import com.acme.crm.shared.api.Money;
import com.acme.crm.account.boundary.RevenueBand;
import com.acme.crm.shared.api.InvalidInputException;
import java.math.BigDecimal;

/**
 * The numbers of a sales history as its files write them: revenue in millions, employees, list
 * prices. What only describes an account is left out when garbled; a list price values deals,
 * so a garbled one refuses the file.
 */
public final class SalesHistoryValues {

    private SalesHistoryValues() {
    }

    /** Revenue in millions of US dollars, as the accounts file gives it. */
    public static RevenueBand revenueBand(String millions) {
        if (millions == null || millions.isBlank()) {
            return null;
        }
        BigDecimal revenue;
        try {
            revenue = new BigDecimal(millions.strip());
        } catch (NumberFormatException e) {
            return null; // an account's size is a description: a garbled one is left out, not the account
        }
        if (revenue.compareTo(BigDecimal.ONE) < 0) {
            return RevenueBand.UNDER_1M;
        }
        if (revenue.compareTo(BigDecimal.TEN) < 0) {
            return RevenueBand.FROM_1M_TO_10M;
        }
        if (revenue.compareTo(BigDecimal.valueOf(100)) < 0) {
            return RevenueBand.FROM_10M_TO_100M;
        }
        return revenue.compareTo(BigDecimal.valueOf(1000)) < 0 ? RevenueBand.FROM_100M_TO_1B : RevenueBand.OVER_1B;
    }

    /** A list price is what open and lost deals are valued at: a file with a garbled one is refused, naming it. */
    public static BigDecimal price(String value, String product) {
        try {
            BigDecimal price = new BigDecimal(value.strip());
            if (price.signum() >= 0 && Money.fits(price, SalesHistorySetup.CURRENCY)) {
                return Money.scaled(price, SalesHistorySetup.CURRENCY);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(SalesHistoryFiles.PRODUCTS,
                "the sales_price of " + product + " is not an amount of 0 or more in whole cents: '" + value + "'");
    }

    /** Employees: a garbled count is left out, like a garbled revenue. */
    public static Integer employees(String value) {
        try {
            return value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
