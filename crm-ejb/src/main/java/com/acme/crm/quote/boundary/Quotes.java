package com.acme.crm.quote.boundary;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.control.DealAccess;
import com.acme.crm.pipeline.control.DealMoves;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.quote.control.QuoteCalculator;
import com.acme.crm.quote.control.QuoteEvents;
import com.acme.crm.quote.control.QuoteMapping;
import com.acme.crm.quote.control.InvoiceNumbers;
import com.acme.crm.quote.control.QuoteLines;
import com.acme.crm.quote.control.QuoteTerms;
import com.acme.crm.quote.control.QuotePdf;
import com.acme.crm.quote.control.RevisionChanges;
import com.acme.crm.quote.entity.Invoice;
import com.acme.crm.quote.entity.PriceList;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.quote.entity.Quote;
import com.acme.crm.quote.entity.QuoteLine;
import com.acme.crm.quote.entity.QuoteSettings;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.ExportLog;
import com.acme.crm.security.control.Visibility;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.Inputs;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Quotes from draft to invoice: pricing from price lists, editing, approval of large
 * discounts, sending, revisions during negotiation, acceptance (invoice and won deal in one
 * transaction), rejection, expiry, and the PDFs. Each method is one transaction and checks
 * role and visibility itself (a quote is seen by whoever sees its deal).
 */
@Stateless
@LocalBean
@PermitAll
public class Quotes implements QuoteService {

    private static final Logger LOG = Logger.getLogger(Quotes.class.getName());
    static final Role[] SELLERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};
    private static final String TYPE = "Quote";

    @PersistenceContext EntityManager em;
    @Inject ExportLog exports;
    @Inject QuoteEvents events;
    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject InputValidation validation;
    @Inject PagedList pagedList;
    @Inject DealMoves moves;
    @Inject DealAccess dealAccess;
    @Inject Notifications notifications;
    @Inject QuotePdf pdf;
    @Inject QuoteLines quoteLines;
    @Inject InvoiceNumbers invoiceNumbers;
    @Inject Clock clock;
    @Inject com.acme.crm.audit.control.RecordHistory history;

    @Override
    public Page<QuoteData> findQuotes(PageQuery query) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        BigDecimal threshold = settings().getApprovalThreshold();
        var spec = new PagedList.Spec<>(Quote.class, (cb, q) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Visibility.salesOwnerVisible(cb, q.join("opportunity"), scope));
            if (query.filter("opportunity") != null) {
                where.add(cb.equal(q.get("opportunity").get("id"), Inputs.parseId("opportunity", query.filter("opportunity"))));
            }
            if (query.filter("status") != null) {
                where.add(cb.equal(q.get("status"), Inputs.enumValue(QuoteStatus.class, "status", query.filter("status"))));
            }
            if ("pending".equalsIgnoreCase(query.filter("approval"))) {
                where.add(cb.equal(q.get("status"), QuoteStatus.PENDING_APPROVAL));
            }
            return where;
        }, Map.of("number", q -> q.get("number"), "updatedAt", q -> q.get("updatedAt"), "total", q -> q.get("grandTotal"),
                "validUntil", q -> q.get("validUntil")), "updatedAt", false);
        return pagedList.page(spec, query, q -> QuoteMapping.toData(q, threshold));
    }

    @Override
    public QuoteData getQuote(long id) {
        return detailed(visible(caller.requireAnyRole(SELLERS), id));
    }

    @Override
    public List<QuoteData> getRevisions(long id) {
        Quote quote = visible(caller.requireAnyRole(SELLERS), id);
        List<Quote> revisions = family(quote);
        BigDecimal threshold = settings().getApprovalThreshold();
        List<QuoteData> result = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            QuoteData data = QuoteMapping.toData(revisions.get(i), threshold);
            if (i > 0) {
                data.setChanges(RevisionChanges.between(revisions.get(i - 1), revisions.get(i)));
            }
            result.add(data);
        }
        return result;
    }

    @Override
    public QuoteData createQuote(long opportunityId, Long priceListId) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Opportunity deal = dealAccess.visibleDeal(scope, opportunityId);
        if (deal.isClosed()) {
            throw new InvalidStatusChangeException("\"" + deal.getName() + "\" is closed: reopen the deal before quoting");
        }
        LocalDate today = LocalDate.now(clock);
        PriceList prices = priceListId != null ? em.find(PriceList.class, priceListId) : defaultPriceList(today);
        if (priceListId != null && (prices == null || !prices.isValidOn(today))) {
            throw new InvalidInputException("priceListId", "choose a price list that is valid today");
        }
        QuoteSettings settings = settings();
        String currency = prices != null ? prices.getCurrency() : deal.getCurrency() != null ? deal.getCurrency() : "EUR";
        Quote quote = new Quote(deal, prices, currency, settings.getDefaultTaxRate(), today.plusDays(settings.getDefaultValidityDays()));
        quote.edit(currency, BigDecimal.ZERO, settings.getDefaultTaxRate(), today.plusDays(settings.getDefaultValidityDays()),
                "Payable within " + settings.getPaymentDays() + " days of the invoice date", null, null, null, List.of());
        em.persist(quote);
        quote.numberAs("Q-" + today.getYear() + "-" + quote.getId());
        em.flush();
        return detailed(quote);
    }

    @Override
    public QuoteData updateQuote(QuoteData data) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to update a quote");
        }
        Quote quote = changing(scope, data.getId(), data.getVersion());
        QuoteTerms.check(quote, data, LocalDate.now(clock));
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < data.getLines().size(); i++) {
            lines.add(quoteLines.line(quote, i + 1, data.getLines().get(i)));
        }
        quote.edit(data.getCurrency(), data.getQuoteDiscount(), data.getTaxRate(), data.getValidUntil(),
                Inputs.blankToNull(data.getPaymentTerms()), Inputs.blankToNull(data.getDeliveryTerms()),
                Inputs.blankToNull(data.getSupportTerms()), data.getSupportMonths(), lines);
        customers.flush(TYPE, quote.label());
        return detailed(quote);
    }

    @Override
    public QuoteData requestApproval(long id, long version) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Quote quote = changing(scope, id, version);
        if (!needsApproval(quote)) {
            throw new InvalidStatusChangeException("Quote " + quote.label() + " needs no approval: its discount is within "
                    + settings().getApprovalThreshold().stripTrailingZeros().toPlainString() + " %; send it");
        }
        quote.requestApproval();
        events.quote(EventType.QUOTE_APPROVAL_REQUESTED, quote);
        CrmUser owner = quote.getOpportunity().getOwner();
        if (owner.getTeam() != null && owner.getTeam().getManager() != null) {
            notifications.notifyOnce(owner.getTeam().getManager(), "QUOTE_APPROVAL:" + id + ":" + quote.getVersion(),
                    "Quote " + quote.label() + " for \"" + quote.getOpportunity().getName() + "\" waits for your approval ("
                            + quote.totals().discountPercent().stripTrailingZeros().toPlainString() + " % discount)",
                    quote.getOpportunity().getId());
        }
        customers.flush(TYPE, quote.label());
        return detailed(quote);
    }

    @Override
    public QuoteData approveQuote(long id, long version, String comment) {
        return decide(id, version, comment, true);
    }

    @Override
    public QuoteData refuseQuote(long id, long version, String comment) {
        if (Inputs.blankToNull(comment) == null) {
            throw new InvalidInputException("comment", "say why, so that the rep can change the quote");
        }
        return decide(id, version, comment, false);
    }

    @Override
    public QuoteData sendQuote(long id, long version) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Quote quote = changing(scope, id, version);
        quote.send(needsApproval(quote), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        customers.flush(TYPE, quote.label());
        events.quote(EventType.QUOTE_SENT, quote);
        return detailed(quote);
    }

    @Override
    public QuoteData reviseQuote(long id, long version) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Quote quote = changing(scope, id, version);
        List<Quote> family = family(quote);
        if (family.get(family.size() - 1) != quote) {
            throw new InvalidStatusChangeException("Quote " + quote.label() + " is not the latest revision: revise rev. "
                    + family.get(family.size() - 1).getRevision());
        }
        if (quote.getStatus().isEditable()) {
            throw new InvalidStatusChangeException("Quote " + quote.label() + " is still a draft: change it instead");
        }
        if (family.stream().anyMatch(q -> q.getStatus() == QuoteStatus.ACCEPTED)) {
            throw new InvalidStatusChangeException("Quote " + quote.getNumber() + " was accepted: it cannot be revised");
        }
        LocalDate today = LocalDate.now(clock);
        Quote next = quote.revise(today.plusDays(settings().getDefaultValidityDays()));
        em.persist(next);
        em.flush();
        return detailed(next);
    }

    @Override
    public InvoiceData acceptQuote(long id, long version) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Quote quote = visible(scope, id);
        // one acceptance per deal at a time: a second accept waits here and then sees the first one's outcome
        Opportunity deal = em.find(Opportunity.class, quote.getOpportunity().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(quote);
        if (quote.getStatus() != QuoteStatus.SENT) {
            // say why before "changed meanwhile": closing it is how a concurrent acceptance changed it
            throw new InvalidStatusChangeException("Quote " + quote.label() + " is " + quote.getStatus().name().toLowerCase()
                    + (quote.getStatus() == QuoteStatus.CLOSED ? " (another revision was accepted)" : "") + ": it cannot be accepted");
        }
        customers.requireSameVersion(version, quote.getVersion(), TYPE, quote.label());
        if (deal.isClosed()) {
            throw new InvalidStatusChangeException("\"" + deal.getName() + "\" is already " + deal.getStage().getName()
                    + ": reopen the deal before accepting a quote");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(clock);
        quote.accept(today, now);
        family(quote).stream().filter(q -> q != quote).forEach(q -> q.close(now));

        Invoice invoice = new Invoice(invoiceNumbers.next(today.getYear()), quote, today, settings().getPaymentDays());
        em.persist(invoice);
        events.quote(EventType.QUOTE_ACCEPTED, quote);
        events.invoiceIssued(invoice, quote);
        QuoteCalculator.Totals totals = quote.totals();
        deal.estimate(totals.subtotal().subtract(totals.quoteDiscountAmount()), quote.getCurrency(), deal.getExpectedCloseDate());
        em.flush(); // the accepted quote counts for the won stage's criteria
        moves.closeByAcceptance(deal, moves.firstOfKind(StageKind.WON), scope.hasAnyRole(Role.SALES_MANAGER, Role.ADMIN),
                scope.username());
        customers.flush(TYPE, quote.label());
        return QuoteMapping.toData(invoice);
    }

    @Override
    public QuoteData rejectQuote(long id, long version, String reason) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        if (Inputs.blankToNull(reason) == null) {
            throw new InvalidInputException("reason", "say why the customer rejected the quote");
        }
        Quote quote = changing(scope, id, version);
        quote.reject(reason.strip(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        customers.flush(TYPE, quote.label());
        events.quote(EventType.QUOTE_REJECTED, quote);
        return detailed(quote);
    }

    @Override
    public byte[] quotePdf(long id) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Quote quote = visible(scope, id);
        exports.record(scope, "quote " + quote.label() + " as PDF");
        return pdf.quote(QuoteMapping.toData(quote, settings().getApprovalThreshold()), quote.getOpportunity().getAccount(),
                settings());
    }

    @Override
    public Page<InvoiceData> findInvoices(PageQuery query) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        var spec = new PagedList.Spec<>(Invoice.class, (cb, i) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Visibility.salesOwnerVisible(cb, i.join("opportunity"), scope));
            if (query.filter("account") != null) {
                where.add(cb.equal(i.get("account").get("id"), Inputs.parseId("account", query.filter("account"))));
            }
            if (query.filter("opportunity") != null) {
                where.add(cb.equal(i.get("opportunity").get("id"), Inputs.parseId("opportunity", query.filter("opportunity"))));
            }
            return where;
        }, Map.of("number", i -> i.get("number"), "issueDate", i -> i.get("issueDate"), "total", i -> i.get("grandTotal")),
                "number", false);
        return pagedList.page(spec, query, QuoteMapping::toData);
    }

    @Override
    public InvoiceData getInvoice(long id) {
        return QuoteMapping.toData(visibleInvoice(caller.requireAnyRole(SELLERS), id));
    }

    @Override
    public byte[] invoicePdf(long id) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Invoice invoice = visibleInvoice(scope, id);
        exports.record(scope, "invoice " + invoice.getNumber() + " as PDF");
        return pdf.invoice(QuoteMapping.toData(invoice), invoice.getAccount(), settings());
    }

    @Override
    public List<ProductData> getProducts() {
        caller.requireAnyRole(SELLERS);
        return new ArrayList<>(em.createQuery("select p from Product p where p.active = true order by p.code", Product.class)
                .getResultStream().map(Catalogue::toData).toList());
    }

    @Override
    public List<PriceListData> getPriceLists() {
        caller.requireAnyRole(SELLERS);
        return new ArrayList<>(em.createQuery("select l from PriceList l where l.active = true order by l.name", PriceList.class)
                .getResultStream().map(l -> Catalogue.toData(l, List.of())).toList());
    }

    /** Sent quotes past their validity date expire (admins may run it at once; it runs every night). */
    public int expireOverdueQuotes() {
        caller.requireAnyRole(Role.ADMIN);
        return expireOverdue();
    }

    @Schedule(hour = "0", minute = "20", persistent = true, info = "quote expiry")
    void nightlyExpiry() {
        int expired = expireOverdue();
        if (expired > 0) {
            LOG.info(() -> expired + " sent quote(s) expired");
        }
    }

    private int expireOverdue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Quote> overdue = em.createQuery("select q from Quote q where q.status = :sent and q.validUntil < :today", Quote.class)
                .setParameter("sent", QuoteStatus.SENT).setParameter("today", LocalDate.now(clock)).getResultList();
        overdue.forEach(q -> {
            q.expire(now);
            events.quote(EventType.QUOTE_EXPIRED, q);
        });
        return overdue.size();
    }

    private QuoteData decide(long id, long version, String comment, boolean approved) {
        CallerScope scope = caller.requireAnyRole(Role.SALES_MANAGER, Role.ADMIN);
        Quote quote = changing(scope, id, version);
        CrmUser owner = quote.getOpportunity().getOwner();
        if (owner.getId() == scope.userId() && !scope.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("You cannot approve the discount on your own deal: another manager or an admin must");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (approved) {
            quote.approve(scope.username(), Inputs.blankToNull(comment), now);
        } else {
            quote.refuseApproval(scope.username(), comment.strip(), now);
        }
        events.quote(approved ? EventType.QUOTE_APPROVED : EventType.QUOTE_REFUSED, quote);
        notifications.notifyOnce(owner, "QUOTE_DECISION:" + id + ":" + quote.getVersion(), "Quote " + quote.label() + " was "
                + (approved ? "approved" : "not approved") + " by " + scope.username()
                + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()), quote.getOpportunity().getId());
        customers.flush(TYPE, quote.label());
        return detailed(quote);
    }

    private boolean needsApproval(Quote quote) {
        return QuoteMapping.needsApproval(quote.totals(), settings().getApprovalThreshold());
    }

    private PriceList defaultPriceList(LocalDate today) {
        return em.createQuery("select l from PriceList l where l.defaultList = true and l.active = true order by l.id", PriceList.class)
                .getResultStream().filter(l -> l.isValidOn(today)).findFirst().orElse(null);
    }

    private List<Quote> family(Quote quote) {
        return em.createQuery("select q from Quote q where q.number = :number order by q.revision", Quote.class)
                .setParameter("number", quote.getNumber()).getResultList();
    }

    private Quote changing(CallerScope scope, long id, Long version) {
        Quote quote = visible(scope, id);
        history.before(TYPE, id, detailed(quote));
        customers.requireSameVersion(version, quote.getVersion(), TYPE, quote.label());
        return quote;
    }

    private Quote visible(CallerScope scope, long id) {
        Quote quote = em.find(Quote.class, id);
        if (quote == null) {
            throw new NotFoundException(TYPE, id);
        }
        DealAccess.requireVisible(scope, quote.getOpportunity(), "quote " + id);
        return quote;
    }

    private Invoice visibleInvoice(CallerScope scope, long id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new NotFoundException("Invoice", id);
        }
        DealAccess.requireVisible(scope, invoice.getOpportunity(), "invoice " + id);
        return invoice;
    }

    private QuoteData detailed(Quote quote) {
        QuoteData data = QuoteMapping.toData(quote, settings().getApprovalThreshold());
        em.createQuery("select i from Invoice i where i.quote = :quote", Invoice.class).setParameter("quote", quote)
                .getResultStream().findFirst().ifPresent(i -> {
                    data.setInvoiceId(i.getId());
                    data.setInvoiceNumber(i.getNumber());
                });
        history.after(TYPE, quote.getId(), quote.label(), data);
        return data;
    }

    private QuoteSettings settings() {
        return em.find(QuoteSettings.class, QuoteSettings.ID);
    }
}
