package com.acme.crm.dataimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The sample's quirks: two spellings of a product, misspelt sectors and countries, people's names as user names. */
class SalesHistoryNamesTest {

    @Test
    void productSpellingsMeet() {
        assertEquals(SalesHistoryNames.key("GTX Pro"), SalesHistoryNames.key("GTXPro"));
        assertEquals(SalesHistoryNames.key("GTX Plus Basic"), SalesHistoryNames.key("gtx plus-basic"));
        assertEquals("GTX-PLUS-PRO", SalesHistoryNames.productCode("GTX Plus Pro"));
    }

    @Test
    void peopleBecomeUserNames() {
        assertEquals("moses.frase", SalesHistoryNames.username("Moses Frase"));
        assertEquals("celia.rouche", SalesHistoryNames.username(" Celia  Rouche "));
        assertEquals("anna.snelling", SalesHistoryNames.username("Anna Snélling"));
    }

    @Test
    void misspellingsArePutRight() {
        assertEquals("Technology", SalesHistoryNames.corrected("technolgy"));
        assertEquals("Philippines", SalesHistoryNames.corrected("Philipines"));
        assertEquals("Retail", SalesHistoryNames.corrected("retail"));
        assertNull(SalesHistoryNames.corrected(" "));
    }
}
