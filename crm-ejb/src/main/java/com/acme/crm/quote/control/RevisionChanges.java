package com.acme.crm.quote.control;

import com.acme.crm.quote.entity.Quote;
import com.acme.crm.quote.entity.QuoteLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a revision changed against the one before it, in words a rep reads at a glance. */
public final class RevisionChanges {

    private RevisionChanges() {
    }

    public static List<String> between(Quote before, Quote after) {
        List<String> changes = new ArrayList<>();
        field(changes, "quote discount %", before.getQuoteDiscount(), after.getQuoteDiscount());
        field(changes, "tax rate %", before.getTaxRate(), after.getTaxRate());
        field(changes, "currency", before.getCurrency(), after.getCurrency());
        field(changes, "valid until", before.getValidUntil(), after.getValidUntil());
        field(changes, "payment terms", before.getPaymentTerms(), after.getPaymentTerms());
        field(changes, "delivery terms", before.getDeliveryTerms(), after.getDeliveryTerms());
        field(changes, "support terms", before.getSupportTerms(), after.getSupportTerms());
        field(changes, "support months", before.getSupportMonths(), after.getSupportMonths());
        Map<String, QuoteLine> old = byKey(before.getLines());
        Map<String, QuoteLine> now = byKey(after.getLines());
        for (var entry : now.entrySet()) {
            QuoteLine was = old.get(entry.getKey());
            QuoteLine is = entry.getValue();
            if (was == null) {
                changes.add("added " + is.getDescription());
                continue;
            }
            field(changes, is.getDescription() + ": quantity", was.getQuantity(), is.getQuantity());
            field(changes, is.getDescription() + ": unit price", was.getUnitPrice(), is.getUnitPrice());
            field(changes, is.getDescription() + ": discount %", was.getDiscount(), is.getDiscount());
            field(changes, is.getDescription() + ": tax rate %", was.getTaxRate(), is.getTaxRate());
        }
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> changes.add("removed " + old.get(k).getDescription()));
        field(changes, "total", before.getGrandTotal(), after.getGrandTotal());
        return changes;
    }

    /** Lines are matched by product (or, without one, by description). */
    private static Map<String, QuoteLine> byKey(List<QuoteLine> lines) {
        Map<String, QuoteLine> keyed = new LinkedHashMap<>();
        for (QuoteLine line : lines) {
            String key = line.getProduct() != null ? "p" + line.getProduct().getId() : "d" + line.getDescription();
            keyed.putIfAbsent(key, line);
        }
        return keyed;
    }

    private static void field(List<String> changes, String name, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b ? a.compareTo(b) == 0 : Objects.equals(before, after);
        if (!same) {
            changes.add(name + " " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        return value == null ? "(none)" : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
