package com.acme.crm.quote.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.quote.boundary.QuoteStatus;
import com.acme.crm.quote.control.QuoteCalculator;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of a quote on a deal. The number stays across revisions; each negotiation
 * round copies the latest revision into a new draft. Status changes only through the methods
 * below, which refuse steps that make no sense (a sent quote is never changed). The totals
 * are stored for lists and reports, always as {@link QuoteCalculator} computed them.
 */
@Entity
@Table(name = "quote")
public class Quote extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    private Long id;

    @Column(name = "quote_number", nullable = false, length = 30) private String number;
    @Column(name = "revision", nullable = false) private int revision;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id", nullable = false)
    private Opportunity opportunity;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "price_list_id")
    private PriceList priceList;
    @Column(name = "currency", nullable = false, length = 3) private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuoteStatus status = QuoteStatus.DRAFT;
    @Column(name = "quote_discount", nullable = false, precision = 5, scale = 2) private BigDecimal quoteDiscount = BigDecimal.ZERO;
    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2) private BigDecimal taxRate;
    @Column(name = "valid_until", nullable = false) private LocalDate validUntil;
    @Column(name = "payment_terms", length = 500) private String paymentTerms;
    @Column(name = "delivery_terms", length = 500) private String deliveryTerms;
    @Column(name = "support_terms", length = 500) private String supportTerms;
    @Column(name = "support_months") private Integer supportMonths;

    @Column(name = "list_total", nullable = false, precision = 18, scale = 3) private BigDecimal listTotal = BigDecimal.ZERO;
    @Column(name = "subtotal", nullable = false, precision = 18, scale = 3) private BigDecimal subtotal = BigDecimal.ZERO;
    @Column(name = "discount_total", nullable = false, precision = 18, scale = 3) private BigDecimal discountTotal = BigDecimal.ZERO;
    @Column(name = "tax_total", nullable = false, precision = 18, scale = 3) private BigDecimal taxTotal = BigDecimal.ZERO;
    @Column(name = "grand_total", nullable = false, precision = 18, scale = 3) private BigDecimal grandTotal = BigDecimal.ZERO;

    @Column(name = "approval_comment", length = 1000) private String approvalComment;
    @Column(name = "decided_by", length = 80) private String decidedBy;
    @Column(name = "decided_at") private Instant decidedAt;
    @Column(name = "sent_at") private Instant sentAt;
    @Column(name = "closed_at") private Instant closedAt;
    @Column(name = "rejection_reason", length = 1000) private String rejectionReason;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    public Quote(Opportunity opportunity, PriceList priceList, String currency, BigDecimal taxRate, LocalDate validUntil) {
        this.opportunity = opportunity;
        this.priceList = priceList;
        this.currency = currency;
        this.taxRate = taxRate;
        this.validUntil = validUntil;
        this.revision = 1;
    }

    /** The first revision's number, once its id is known: Q-2026-1050. */
    public void numberAs(String newNumber) {
        number = newNumber;
    }

    /** The next revision: same number and terms, the same lines, a draft again. */
    public Quote revise(LocalDate newValidUntil) {
        if (status == QuoteStatus.ACCEPTED || status == QuoteStatus.CLOSED) {
            throw new InvalidStatusChangeException("Quote " + label() + " is " + status.name().toLowerCase()
                    + ": it cannot be revised");
        }
        Quote next = new Quote(opportunity, priceList, currency, taxRate, newValidUntil);
        next.number = number;
        next.revision = revision + 1;
        next.quoteDiscount = quoteDiscount;
        next.paymentTerms = paymentTerms;
        next.deliveryTerms = deliveryTerms;
        next.supportTerms = supportTerms;
        next.supportMonths = supportMonths;
        for (QuoteLine line : lines) {
            next.lines.add(new QuoteLine(next, line.getPosition(), line.getProduct(), line.getDescription(), line.getQuantity(),
                    line.getUnitPrice(), line.getDiscount(), line.getTaxRate()));
        }
        next.recalculate();
        return next;
    }

    /** New terms and lines; an approval given or asked for no longer holds. */
    public void edit(String newCurrency, BigDecimal newQuoteDiscount, BigDecimal newTaxRate, LocalDate newValidUntil,
            String payment, String delivery, String support, Integer months, List<QuoteLine> newLines) {
        requireEditable();
        currency = newCurrency;
        quoteDiscount = newQuoteDiscount;
        taxRate = newTaxRate;
        validUntil = newValidUntil;
        paymentTerms = payment;
        deliveryTerms = delivery;
        supportTerms = support;
        supportMonths = months;
        lines.clear();
        lines.addAll(newLines);
        recalculate();
        if (status != QuoteStatus.DRAFT) {
            status = QuoteStatus.DRAFT;
            approvalComment = "Changed after " + (decidedBy == null ? "the approval request" : "approval") + ": approval needed again";
            decidedBy = null;
            decidedAt = null;
        }
    }

    public QuoteCalculator.Totals totals() {
        return QuoteCalculator.calculate(currency, lines.stream().map(QuoteLine::priced).toList(), quoteDiscount, taxRate);
    }

    public void requestApproval() {
        requireStatus(QuoteStatus.DRAFT, "asked for approval");
        status = QuoteStatus.PENDING_APPROVAL;
        approvalComment = null;
    }

    public void approve(String by, String comment, Instant at) {
        requireStatus(QuoteStatus.PENDING_APPROVAL, "approved");
        status = QuoteStatus.APPROVED;
        decide(by, comment, at);
    }

    public void refuseApproval(String by, String comment, Instant at) {
        requireStatus(QuoteStatus.PENDING_APPROVAL, "refused");
        status = QuoteStatus.DRAFT;
        decide(by, comment, at);
    }

    /** Sends the quote; a discount over the threshold must have been approved first. */
    public void send(boolean needsApproval, Instant at) {
        if (status == QuoteStatus.DRAFT && needsApproval) {
            throw new InvalidStatusChangeException("Quote " + label() + " gives a discount over the approval threshold:"
                    + " ask a manager to approve it before sending");
        }
        if (status != QuoteStatus.DRAFT && status != QuoteStatus.APPROVED) {
            throw new InvalidStatusChangeException("Quote " + label() + " is " + describe() + ": it cannot be sent");
        }
        if (lines.isEmpty()) {
            throw new InvalidStatusChangeException("Quote " + label() + " has no lines: add what the customer gets first");
        }
        status = QuoteStatus.SENT;
        sentAt = at;
    }

    public void accept(LocalDate today, Instant at) {
        requireStatus(QuoteStatus.SENT, "accepted");
        if (validUntil.isBefore(today)) {
            throw new InvalidStatusChangeException("Quote " + label() + " expired on " + validUntil + ": revise it first");
        }
        status = QuoteStatus.ACCEPTED;
        closedAt = at;
    }

    public void reject(String reason, Instant at) {
        requireStatus(QuoteStatus.SENT, "rejected");
        status = QuoteStatus.REJECTED;
        rejectionReason = reason;
        closedAt = at;
    }

    public void expire(Instant at) {
        requireStatus(QuoteStatus.SENT, "expired");
        status = QuoteStatus.EXPIRED;
        closedAt = at;
    }

    /** Another revision was accepted: this one is closed, whatever it was. */
    public void close(Instant at) {
        if (status.isOpen()) {
            status = QuoteStatus.CLOSED;
            closedAt = at;
        }
    }

    public String label() {
        return number + " rev. " + revision;
    }

    private void recalculate() {
        QuoteCalculator.Totals t = totals();
        listTotal = t.listTotal();
        subtotal = t.subtotal();
        discountTotal = t.discountTotal();
        taxTotal = t.taxTotal();
        grandTotal = t.grandTotal();
    }

    private void decide(String by, String comment, Instant at) {
        decidedBy = by;
        decidedAt = at;
        approvalComment = comment;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new InvalidStatusChangeException("Quote " + label() + " is " + describe()
                    + " and can no longer change: revise it to negotiate");
        }
    }

    private void requireStatus(QuoteStatus expected, String action) {
        if (status != expected) {
            throw new InvalidStatusChangeException("Quote " + label() + " is " + describe() + ": it cannot be " + action);
        }
    }

    private String describe() {
        return status.name().toLowerCase().replace('_', ' ');
    }

    @Override
    public Long getId() { return id; }
    public String getNumber() { return number; }
    public int getRevision() { return revision; }
    public Opportunity getOpportunity() { return opportunity; }
    public PriceList getPriceList() { return priceList; }
    public String getCurrency() { return currency; }
    public QuoteStatus getStatus() { return status; }
    public BigDecimal getQuoteDiscount() { return quoteDiscount; }
    public BigDecimal getTaxRate() { return taxRate; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getPaymentTerms() { return paymentTerms; }
    public String getDeliveryTerms() { return deliveryTerms; }
    public String getSupportTerms() { return supportTerms; }
    public Integer getSupportMonths() { return supportMonths; }
    public BigDecimal getListTotal() { return Money.scaled(listTotal, currency); }
    public BigDecimal getSubtotal() { return Money.scaled(subtotal, currency); }
    public BigDecimal getDiscountTotal() { return Money.scaled(discountTotal, currency); }
    public BigDecimal getTaxTotal() { return Money.scaled(taxTotal, currency); }
    public BigDecimal getGrandTotal() { return Money.scaled(grandTotal, currency); }
    public String getApprovalComment() { return approvalComment; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getRejectionReason() { return rejectionReason; }
    public List<QuoteLine> getLines() { return List.copyOf(lines); }
}
