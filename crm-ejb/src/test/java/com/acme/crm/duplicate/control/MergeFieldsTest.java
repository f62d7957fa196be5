package com.acme.crm.duplicate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.duplicate.boundary.MergeFieldData;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.control.LeadMerge;
import com.acme.crm.shared.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    private final MergeFields<LeadData> fields = new LeadMerge().fields();

    @Test
    void onlyChosenFieldsComeFromTheDuplicateAndGroupedValuesTravelTogether() {
        LeadData kept = lead("Ada", "Lovelace", "ada@old.example", new BigDecimal("1000"), "EUR", true);
        LeadData merged = lead("Ada", "King", "ada@new.example", new BigDecimal("25000.50"), "USD", false);

        fields.take(kept, merged, Set.of("email", "budget"));

        assertEquals("ada@new.example", kept.getEmail());
        assertEquals("Lovelace", kept.getLastName(), "name was not chosen");
        assertEquals(new BigDecimal("25000.50"), kept.getBudgetAmount());
        assertEquals("USD", kept.getBudgetCurrency());
        assertFalse(kept.isBudgetConfirmed(), "the confirmation belongs to the budget it came with");
    }

    @Test
    void anUnknownFieldIsRefusedInsteadOfIgnored() {
        LeadData kept = lead("A", "B", null, null, null, false);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fields.take(kept, lead("C", "D", null, null, null, false), Set.of("email", "shoeSize")));
        assertTrue(e.getMessage().contains("shoeSize"), e.getMessage());
    }

    @Test
    void comparisonShowsBothValuesAndWhichDiffer() {
        List<MergeFieldData> compared = fields.compare(lead("Ada", "Lovelace", "a@x.example", new BigDecimal("1000"), "EUR", true),
                lead("Ada", "Lovelace", "b@x.example", null, null, false));
        MergeFieldData name = compared.stream().filter(f -> f.getName().equals("name")).findFirst().orElseThrow();
        MergeFieldData budget = compared.stream().filter(f -> f.getName().equals("budget")).findFirst().orElseThrow();
        assertFalse(name.isDifferent());
        assertEquals("Ada Lovelace", name.getSurvivorValue());
        assertTrue(budget.isDifferent());
        assertEquals("1000 EUR (confirmed)", budget.getSurvivorValue());
        assertEquals("", budget.getDuplicateValue());
    }

    @Test
    void snapshotKeepsEveryFilledValueOfTheMergedRecord() {
        String snapshot = fields.snapshot(lead("Ada", "King", "ada@new.example", new BigDecimal("5"), "GBP", false));
        assertTrue(snapshot.contains("Name: Ada King"), snapshot);
        assertTrue(snapshot.contains("E-mail: ada@new.example"), snapshot);
        assertTrue(snapshot.contains("Budget: 5 GBP"), snapshot);
        assertFalse(snapshot.contains("Campaign"), "empty values are left out: " + snapshot);
    }

    private static LeadData lead(String first, String last, String email, BigDecimal budget, String currency, boolean confirmed) {
        LeadData d = new LeadData();
        d.setFirstName(first);
        d.setLastName(last);
        d.setEmail(email);
        d.setBudgetAmount(budget);
        d.setBudgetCurrency(currency);
        d.setBudgetConfirmed(confirmed);
        return d;
    }
}
