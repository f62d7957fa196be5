package com.acme.crm.quote.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.account.entity.Account;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.quote.control.QuoteCalculator;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The formal contract an accepted quote becomes: the same lines, discounts, tax and totals to
 * the cent (copied, and computed by the same {@link QuoteCalculator}), plus its number, dates
 * and support term. Never changed after it is written.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(name = "invoice_number", nullable = false, length = 30) private String number;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id", nullable = false)
    private Quote quote;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id", nullable = false)
    private Opportunity opportunity;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;
    @Column(name = "currency", nullable = false, length = 3) private String currency;
    @Column(name = "issue_date", nullable = false) private LocalDate issueDate;
    @Column(name = "due_date", nullable = false) private LocalDate dueDate;
    @Column(name = "payment_terms", length = 500) private String paymentTerms;
    @Column(name = "delivery_terms", length = 500) private String deliveryTerms;
    @Column(name = "support_terms", length = 500) private String supportTerms;
    @Column(name = "support_months") private Integer supportMonths;
    @Column(name = "support_ends") private LocalDate supportEnds;
    @Column(name = "list_total", nullable = false, precision = 18, scale = 3) private BigDecimal listTotal;
    @Column(name = "subtotal", nullable = false, precision = 18, scale = 3) private BigDecimal subtotal;
    @Column(name = "quote_discount", nullable = false, precision = 5, scale = 2) private BigDecimal quoteDiscount;
    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2) private BigDecimal taxRate;
    @Column(name = "discount_total", nullable = false, precision = 18, scale = 3) private BigDecimal discountTotal;
    @Column(name = "tax_total", nullable = false, precision = 18, scale = 3) private BigDecimal taxTotal;
    @Column(name = "grand_total", nullable = false, precision = 18, scale = 3) private BigDecimal grandTotal;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renewal_opportunity_id")
    private Opportunity renewal;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(String number, Quote quote, LocalDate issueDate, int paymentDays) {
        this.number = number;
        this.quote = quote;
        this.opportunity = quote.getOpportunity();
        this.account = quote.getOpportunity().getAccount();
        this.currency = quote.getCurrency();
        this.issueDate = issueDate;
        this.dueDate = issueDate.plusDays(paymentDays);
        this.paymentTerms = quote.getPaymentTerms();
        this.deliveryTerms = quote.getDeliveryTerms();
        this.supportTerms = quote.getSupportTerms();
        this.supportMonths = quote.getSupportMonths();
        this.supportEnds = supportMonths == null ? null : issueDate.plusMonths(supportMonths);
        this.quoteDiscount = quote.getQuoteDiscount();
        this.taxRate = quote.getTaxRate();
        quote.getLines().forEach(line -> lines.add(new InvoiceLine(this, line)));
        QuoteCalculator.Totals t = totals();
        this.listTotal = t.listTotal();
        this.subtotal = t.subtotal();
        this.discountTotal = t.discountTotal();
        this.taxTotal = t.taxTotal();
        this.grandTotal = t.grandTotal();
    }

    /** The contract's renewal deal was opened: it is not opened again. */
    public void renewedBy(Opportunity deal) {
        renewal = deal;
    }

    public QuoteCalculator.Totals totals() {
        return QuoteCalculator.calculate(currency, lines.stream().map(InvoiceLine::priced).toList(), quoteDiscount, taxRate);
    }

    @Override
    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Quote getQuote() { return quote; }
    public Opportunity getOpportunity() { return opportunity; }
    public Account getAccount() { return account; }
    public String getCurrency() { return currency; }
    public LocalDate getIssueDate() { return issueDate; }
    public LocalDate getDueDate() { return dueDate; }
    public String getPaymentTerms() { return paymentTerms; }
    public String getDeliveryTerms() { return deliveryTerms; }
    public String getSupportTerms() { return supportTerms; }
    public Integer getSupportMonths() { return supportMonths; }
    public LocalDate getSupportEnds() { return supportEnds; }
    public BigDecimal getListTotal() { return Money.scaled(listTotal, currency); }
    public BigDecimal getSubtotal() { return Money.scaled(subtotal, currency); }
    public BigDecimal getQuoteDiscount() { return quoteDiscount; }
    public BigDecimal getTaxRate() { return taxRate; }
    public BigDecimal getDiscountTotal() { return Money.scaled(discountTotal, currency); }
    public BigDecimal getTaxTotal() { return Money.scaled(taxTotal, currency); }
    public BigDecimal getGrandTotal() { return Money.scaled(grandTotal, currency); }
    public List<InvoiceLine> getLines() { return List.copyOf(lines); }
    public Opportunity getRenewal() { return renewal; }
}
