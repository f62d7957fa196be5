package com.acme.crm.dataimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadColumnsTest {

    @Test
    void proposesTheMappingFromUsualHeaderNames() {
        Map<String, String> mapping = LeadColumns.suggest(List.of("First Name", "Surname", "E-Mail", "Organisation", "Lead Source", "Budget"));
        assertEquals(Map.of("firstName", "First Name", "lastName", "Surname", "email", "E-Mail", "company", "Organisation",
                "source", "Lead Source", "budgetAmount", "Budget"), mapping);
    }

    @Test
    void convertsValuesAndNamesTheFieldThatCannotBeRead() {
        LeadData lead = LeadColumns.toLead(Map.of("lastName", "Lovelace", "source", "cold call", "employees", "1,200",
                "budgetAmount", "12500.50", "budgetCurrency", "eur", "expectedPurchaseDate", "2027-03-31"));
        assertEquals(LeadSource.COLD_CALL, lead.getSource());
        assertEquals(1200, lead.getEmployees());
        assertEquals(new BigDecimal("12500.50"), lead.getBudgetAmount());
        assertEquals("EUR", lead.getBudgetCurrency());
        assertEquals(LocalDate.of(2027, 3, 31), lead.getExpectedPurchaseDate());

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LeadColumns.toLead(Map.of("lastName", "X", "employees", "many")));
        assertEquals("employees: 'many' is not a whole number", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LeadColumns.toLead(Map.of("lastName", "X", "source", "pigeon")));
    }
}
