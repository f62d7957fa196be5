package com.acme.crm.audit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.QuoteLineData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    private static QuoteLineData line(String code, String description, String quantity) {
        QuoteLineData line = new QuoteLineData();
        line.setProductId(7L);
        line.setProductCode(code);
        line.setDescription(description);
        line.setQuantity(new BigDecimal(quantity));
        return line;
    }

    private static QuoteData quote(QuoteLineData... lines) {
        QuoteData quote = new QuoteData();
        quote.setPaymentTerms("30 days net");
        quote.setLines(List.of(lines));
        return quote;
    }

    @Test
    void aQuotesLinesAreInItsHistoryFieldByField() {
        Map<String, String> before = Snapshots.of(quote(line("CRM-PRO", "CRM Pro licence", "10")));
        Map<String, String> after = Snapshots.of(quote(line("CRM-PRO", "CRM Pro licence", "12.00"),
                line("ONBOARD", "Onboarding", "1")));

        Map<String, String[]> changes = Snapshots.differences(before, after);

        assertArrayEquals(new String[] {"10", "12"}, changes.get("Line 1: Quantity"));
        assertArrayEquals(new String[] {"", "Onboarding"}, changes.get("Line 2: Description"));
        assertArrayEquals(new String[] {"", "ONBOARD"}, changes.get("Line 2: Product code"));
        assertFalse(changes.containsKey("Line 1: Description"), "unchanged fields are not listed");
        assertFalse(after.containsKey("Line 1: Product id"), "the product's code is shown, not its id");
    }

    @Test
    void aRemovedLineShowsWhatItWas() {
        Map<String, String[]> changes = Snapshots.differences(
                Snapshots.of(quote(line("CRM-PRO", "CRM Pro licence", "10"), line("ONBOARD", "Onboarding", "1"))),
                Snapshots.of(quote(line("CRM-PRO", "CRM Pro licence", "10"))));
        assertArrayEquals(new String[] {"Onboarding", ""}, changes.get("Line 2: Description"));
        assertFalse(changes.keySet().stream().anyMatch(k -> k.startsWith("Line 1")), "the kept line did not change");
    }
}
