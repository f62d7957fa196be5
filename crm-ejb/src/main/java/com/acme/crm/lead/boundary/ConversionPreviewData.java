package com.acme.crm.lead.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What converting a lead would do, before anything is created: the existing accounts and
 * contacts it could be attached to instead of new ones, and the proposed opportunity.
 */
public final class ConversionPreviewData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long leadId;
    private final long leadVersion;
    private final String newAccountName;
    private final ArrayList<DuplicateData> matchingAccounts;
    private final ArrayList<DuplicateData> matchingContacts;
    private final String opportunityName;
    private final BigDecimal amount;
    private final String currency;
    private final LocalDate expectedCloseDate;

    public ConversionPreviewData(long leadId, long leadVersion, String newAccountName, List<DuplicateData> matchingAccounts,
            List<DuplicateData> matchingContacts, String opportunityName, BigDecimal amount, String currency,
            LocalDate expectedCloseDate) {
        this.leadId = leadId;
        this.leadVersion = leadVersion;
        this.newAccountName = newAccountName;
        this.matchingAccounts = new ArrayList<>(matchingAccounts);
        this.matchingContacts = new ArrayList<>(matchingContacts);
        this.opportunityName = opportunityName;
        this.amount = amount;
        this.currency = currency;
        this.expectedCloseDate = expectedCloseDate;
    }

    public long getLeadId() { return leadId; }
    public long getLeadVersion() { return leadVersion; }
    public String getNewAccountName() { return newAccountName; }
    public List<DuplicateData> getMatchingAccounts() { return List.copyOf(matchingAccounts); }
    public List<DuplicateData> getMatchingContacts() { return List.copyOf(matchingContacts); }
    public String getOpportunityName() { return opportunityName; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
}
