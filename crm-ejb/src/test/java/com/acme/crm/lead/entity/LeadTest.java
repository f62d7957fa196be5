package com.acme.crm.lead.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.LeadStatus;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadTest {

    @Test
    void normalisesContactDetailsForDuplicateSearch() {
        Lead lead = new Lead("Müller", LeadSource.WEB, null);
        lead.describePerson("Jürgen", "Müller", null, " Juergen.Mueller@Example.COM ", "+49 (30) 123-45678");
        lead.describeCompany("Müller & Söhne GmbH", null, null, null, null);
        assertEquals("juergen.mueller@example.com", lead.getEmailNorm());
        assertEquals(com.acme.crm.account.entity.PersonNames.phone("030 / 12345678"), lead.getPhoneNorm(),
                "the same number with country code or trunk prefix matches by its last nine digits");
        assertEquals("jurgen muller", lead.getPersonNorm());
        assertEquals("muller and sohne", lead.getCompanyNorm());
    }

    @Test
    void followsNewWorkingQualifiedConverted() {
        Lead lead = new Lead("Doe", LeadSource.REFERRAL, null);
        assertEquals(LeadStatus.NEW, lead.getStatus());
        lead.startWorking();
        assertEquals(LeadStatus.WORKING, lead.getStatus());
        lead.qualify();
        lead.markConverted(1, 2, 3, Instant.EPOCH);
        assertEquals(LeadStatus.CONVERTED, lead.getStatus());
        assertThrows(InvalidStatusChangeException.class, lead::reopen);
        assertThrows(InvalidStatusChangeException.class, () -> lead.describePerson(null, "X", null, null, null));
    }

    @Test
    void onlyQualifiedLeadsConvert() {
        Lead lead = new Lead("Doe", LeadSource.WEB, null);
        assertThrows(InvalidStatusChangeException.class, () -> lead.markConverted(1, 2, 3, Instant.EPOCH));
    }

    @Test
    void disqualifiedLeadIsFrozenUntilReopened() {
        Lead lead = new Lead("Doe", LeadSource.WEB, null);
        DisqualificationReason noBudget = new DisqualificationReason("No budget");
        lead.disqualify(noBudget, "maybe next year");
        assertEquals(LeadStatus.DISQUALIFIED, lead.getStatus());
        assertThrows(InvalidStatusChangeException.class, lead::qualify);
        assertThrows(InvalidStatusChangeException.class, () -> lead.describePerson(null, "X", null, null, null));
        lead.reopen();
        assertEquals(LeadStatus.WORKING, lead.getStatus());
        assertNull(lead.getDisqualificationReason());
    }
}
