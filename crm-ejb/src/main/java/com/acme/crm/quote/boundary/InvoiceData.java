package com.acme.crm.quote.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An invoice (the contract): number, dates, terms, the accepted quote's lines and totals. */
public class InvoiceData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private String number;
    private long quoteId;
    private String quoteLabel;
    private long opportunityId;
    private String opportunityName;
    private long accountId;
    private String accountName;
    private String currency;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private String paymentTerms;
    private String deliveryTerms;
    private String supportTerms;
    private Integer supportMonths;
    private LocalDate supportEnds;
    private ArrayList<QuoteLineData> lines = new ArrayList<>();
    private TotalsData totals;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public long getQuoteId() { return quoteId; }
    public void setQuoteId(long quoteId) { this.quoteId = quoteId; }
    public String getQuoteLabel() { return quoteLabel; }
    public void setQuoteLabel(String quoteLabel) { this.quoteLabel = quoteLabel; }
    public long getOpportunityId() { return opportunityId; }
    public void setOpportunityId(long opportunityId) { this.opportunityId = opportunityId; }
    public String getOpportunityName() { return opportunityName; }
    public void setOpportunityName(String opportunityName) { this.opportunityName = opportunityName; }
    public long getAccountId() { return accountId; }
    public void setAccountId(long accountId) { this.accountId = accountId; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public String getPaymentTerms() { return paymentTerms; }
    public void setPaymentTerms(String paymentTerms) { this.paymentTerms = paymentTerms; }
    public String getDeliveryTerms() { return deliveryTerms; }
    public void setDeliveryTerms(String deliveryTerms) { this.deliveryTerms = deliveryTerms; }
    public String getSupportTerms() { return supportTerms; }
    public void setSupportTerms(String supportTerms) { this.supportTerms = supportTerms; }
    public Integer getSupportMonths() { return supportMonths; }
    public void setSupportMonths(Integer supportMonths) { this.supportMonths = supportMonths; }
    public LocalDate getSupportEnds() { return supportEnds; }
    public void setSupportEnds(LocalDate supportEnds) { this.supportEnds = supportEnds; }
    public List<QuoteLineData> getLines() { return lines; }
    public void setLines(List<QuoteLineData> lines) { this.lines = new ArrayList<>(lines); }
    public TotalsData getTotals() { return totals; }
    public void setTotals(TotalsData totals) { this.totals = totals; }
}
