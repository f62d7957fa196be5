package com.acme.crm.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    enum Status { IN_PROGRESS, WAITING_ON_CUSTOMER }

    @Test
    void constantsAreShownAsWordsAndOtherTextAsItIs() {
        Words words = new Words();
        assertEquals("In progress", words.of(Status.IN_PROGRESS));
        assertEquals("Waiting on customer", words.of("WAITING_ON_CUSTOMER"));
        assertEquals("E-mail", words.of("EMAIL"));
        assertEquals("10 to 100 million", words.of("FROM_10M_TO_100M"));
        assertEquals("Closed won", words.of("Closed won"), "a stage's own name stays");
        assertEquals("CRM-42", words.of("CRM-42"));
        assertEquals("", words.of(null));
    }

    @Test
    void severalValuesAreListedInTheirOrder() {
        Words words = new Words();
        assertEquals("Sales manager, Admin, Integration", words.all(java.util.Set.of(
                com.acme.crm.security.boundary.Role.INTEGRATION, com.acme.crm.security.boundary.Role.ADMIN,
                com.acme.crm.security.boundary.Role.SALES_MANAGER)));
        assertEquals("", words.all(java.util.List.of()));
    }
}
