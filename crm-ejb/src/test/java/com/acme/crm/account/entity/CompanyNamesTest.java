package com.acme.crm.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    @Test
    void ignoresCaseAccentsPunctuationAndLegalSuffixes() {
        assertEquals("muller", CompanyNames.normalize("Müller GmbH"));
        assertEquals(CompanyNames.normalize("Müller GmbH"), CompanyNames.normalize("MULLER"));
        assertEquals(CompanyNames.normalize("Acme, Inc."), CompanyNames.normalize("ACME Incorporated"));
        assertEquals(CompanyNames.normalize("Société Générale S.A."), CompanyNames.normalize("societe generale"));
        assertEquals("johnson and johnson", CompanyNames.normalize("Johnson & Johnson Ltd"));
    }

    @Test
    void keepsWordsThatMakeTheNameDifferent() {
        assertNotEquals(CompanyNames.normalize("Acme Software"), CompanyNames.normalize("Acme Hardware"));
        assertEquals("co", CompanyNames.normalize("Co."), "a name made only of a suffix word stays a name");
    }

    @Test
    void webDomainIgnoresSchemeWwwPathAndCase() {
        assertEquals("acme.com", CompanyNames.webDomain("https://www.Acme.com/about-us"));
        assertEquals("acme.com", CompanyNames.webDomain("acme.com"));
        assertEquals("shop.acme.com", CompanyNames.webDomain("http://shop.acme.com"));
        assertNull(CompanyNames.webDomain("  "));
        assertNull(CompanyNames.webDomain(null));
    }
}
