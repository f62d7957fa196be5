package com.acme.crm.service.entity;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.quote.entity.Invoice;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.service.boundary.ServiceChannel;
import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.service.boundary.ServiceStatus;
import com.acme.crm.service.boundary.ServiceType;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.entity.AuditedEntity;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A customer's request for help after the sale, with its SLA clock: due times for the first
 * response and the resolution, computed in business time; a pause while waiting on the
 * customer; at-risk and breach marks that stay on record once set. Status changes only
 * through the methods below.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    private Long id;

    @Column(name = "subject", nullable = false, length = 200) private String subject;
    @Column(name = "description", length = 4000) private String description;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "contact_id") private Contact contact;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "product_id") private Product product;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "invoice_id") private Invoice invoice;
    @Enumerated(EnumType.STRING) @Column(name = "channel", nullable = false, length = 10) private ServiceChannel channel;
    @Enumerated(EnumType.STRING) @Column(name = "request_type", nullable = false, length = 15) private ServiceType type;
    @Enumerated(EnumType.STRING) @Column(name = "priority", nullable = false, length = 10) private ServicePriority priority;
    @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20) private ServiceStatus status = ServiceStatus.NEW;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "assignee_id") private CrmUser assignee;
    @Column(name = "resolution", length = 4000) private String resolution;
    @Column(name = "satisfaction") private Integer satisfaction;

    @Column(name = "opened_at", nullable = false) private Instant openedAt;
    @Column(name = "first_response_due", nullable = false) private Instant firstResponseDue;
    @Column(name = "resolution_due", nullable = false) private Instant resolutionDue;
    @Column(name = "first_responded_at") private Instant firstRespondedAt;
    @Column(name = "resolved_at") private Instant resolvedAt;
    @Column(name = "closed_at") private Instant closedAt;
    @Column(name = "paused_since") private Instant pausedSince;
    @Column(name = "paused_minutes", nullable = false) private long pausedMinutes;
    @Column(name = "at_risk_since") private Instant atRiskSince;
    @Column(name = "response_breached_at") private Instant responseBreachedAt;
    @Column(name = "resolution_breached_at") private Instant resolutionBreachedAt;
    // wall-clock minutes to the first response and to the resolution: what the service metrics average
    @Column(name = "response_minutes") private Long responseMinutes;
    @Column(name = "resolution_minutes") private Long resolutionMinutes;

    @Column(name = "visit_street", length = 200) private String visitStreet;
    @Column(name = "visit_postal_code", length = 20) private String visitPostalCode;
    @Column(name = "visit_city", length = 100) private String visitCity;
    @Column(name = "visit_country", length = 100) private String visitCountry;
    @Column(name = "visit_date") private LocalDate visitDate;
    @Column(name = "visit_from", length = 5) private String visitFrom;
    @Column(name = "visit_to", length = 5) private String visitTo;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "technician_id") private CrmUser technician;

    protected ServiceRequest() {
    }

    public ServiceRequest(String subject, Account account, ServiceChannel channel, ServiceType type, ServicePriority priority,
            Instant openedAt) {
        this.subject = subject;
        this.account = account;
        this.channel = channel;
        this.type = type;
        this.priority = priority;
        this.openedAt = openedAt;
    }

    public void describe(String newSubject, String newDescription, Contact newContact, Product newProduct, Invoice newInvoice,
            ServiceChannel newChannel, ServiceType newType) {
        subject = newSubject;
        description = newDescription;
        contact = newContact;
        product = newProduct;
        invoice = newInvoice;
        channel = newChannel;
        type = newType;
    }

    public void prioritise(ServicePriority newPriority) {
        priority = newPriority;
    }

    public void planVisit(String street, String postalCode, String city, String country, LocalDate date, String from, String to,
            CrmUser newTechnician) {
        visitStreet = street;
        visitPostalCode = postalCode;
        visitCity = city;
        visitCountry = country;
        visitDate = date;
        visitFrom = from;
        visitTo = to;
        technician = newTechnician;
    }

    /** Due times from the SLA targets, counted in business time from the opening plus the time paused. */
    public void due(Instant responseDue, Instant newResolutionDue) {
        firstResponseDue = responseDue;
        resolutionDue = newResolutionDue;
    }

    public void assignTo(CrmUser agent) {
        requireOpen("assigned");
        assignee = agent;
        if (status == ServiceStatus.NEW) {
            status = ServiceStatus.ASSIGNED;
        }
    }

    public void startWork(Instant now) {
        requireOpen("worked on");
        if (status == ServiceStatus.WAITING_ON_CUSTOMER) {
            throw new InvalidStatusChangeException("Request " + id + " waits on the customer: resume it");
        }
        status = ServiceStatus.IN_PROGRESS;
        respond(now);
    }

    /** The customer heard from us (work started, or a note they can see): the first response is met. */
    public void respond(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
            responseMinutes = java.time.Duration.between(openedAt, now).toMinutes();
        }
    }

    public void waitOnCustomer(Instant now) {
        requireOpen("put on hold");
        if (status == ServiceStatus.WAITING_ON_CUSTOMER) {
            return;
        }
        status = ServiceStatus.WAITING_ON_CUSTOMER;
        pausedSince = now;
        respond(now);
    }

    /** The customer answered: the clock runs again; the business minutes paused move the due times. */
    public void resume(long businessMinutesPaused) {
        if (status != ServiceStatus.WAITING_ON_CUSTOMER) {
            throw new InvalidStatusChangeException("Request " + id + " is not waiting on the customer");
        }
        pausedMinutes += businessMinutesPaused;
        pausedSince = null;
        status = ServiceStatus.IN_PROGRESS;
    }

    public void resolve(String text, Integer rating, Instant now) {
        requireOpen("resolved");
        if (status == ServiceStatus.WAITING_ON_CUSTOMER) {
            throw new InvalidStatusChangeException("Request " + id + " waits on the customer: resume it before resolving");
        }
        status = ServiceStatus.RESOLVED;
        resolution = text;
        satisfaction = rating;
        resolvedAt = now;
        resolutionMinutes = java.time.Duration.between(openedAt, now).toMinutes();
        respond(now);
    }

    public void close(Integer rating, Instant now) {
        if (status != ServiceStatus.RESOLVED) {
            throw new InvalidStatusChangeException("Request " + id + " is " + describeStatus() + ": resolve it before closing");
        }
        status = ServiceStatus.CLOSED;
        if (rating != null) {
            satisfaction = rating;
        }
        closedAt = now;
    }

    /** Back to work, within the reopening window; breaches already recorded stay on record. */
    public void reopen(Instant now, int reopenDays) {
        if (status != ServiceStatus.RESOLVED && status != ServiceStatus.CLOSED) {
            throw new InvalidStatusChangeException("Request " + id + " is still open");
        }
        if (resolvedAt.plus(reopenDays, ChronoUnit.DAYS).isBefore(now)) {
            throw new InvalidStatusChangeException("Request " + id + " was resolved more than " + reopenDays
                    + " days ago: open a new request");
        }
        status = assignee == null ? ServiceStatus.NEW : ServiceStatus.IN_PROGRESS;
        resolvedAt = null;
        resolutionMinutes = null;
        closedAt = null;
    }

    public void markAtRisk(Instant now) {
        if (atRiskSince == null) {
            atRiskSince = now;
        }
    }

    public void markResponseBreached(Instant now) {
        if (responseBreachedAt == null) {
            responseBreachedAt = now;
        }
    }

    public void markResolutionBreached(Instant now) {
        if (resolutionBreachedAt == null) {
            resolutionBreachedAt = now;
        }
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new InvalidStatusChangeException("Request " + id + " is " + describeStatus() + ": it cannot be " + action
                    + " (reopen it first)");
        }
    }

    private String describeStatus() {
        return status.name().toLowerCase().replace('_', ' ');
    }

    @Override
    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public Account getAccount() { return account; }
    public Contact getContact() { return contact; }
    public Product getProduct() { return product; }
    public Invoice getInvoice() { return invoice; }
    public ServiceChannel getChannel() { return channel; }
    public ServiceType getType() { return type; }
    public ServicePriority getPriority() { return priority; }
    public ServiceStatus getStatus() { return status; }
    public CrmUser getAssignee() { return assignee; }
    public String getResolution() { return resolution; }
    public Integer getSatisfaction() { return satisfaction; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getFirstResponseDue() { return firstResponseDue; }
    public Instant getResolutionDue() { return resolutionDue; }
    public Instant getFirstRespondedAt() { return firstRespondedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getPausedSince() { return pausedSince; }
    public long getPausedMinutes() { return pausedMinutes; }
    public Instant getAtRiskSince() { return atRiskSince; }
    public Instant getResponseBreachedAt() { return responseBreachedAt; }
    public Instant getResolutionBreachedAt() { return resolutionBreachedAt; }
    public String getVisitStreet() { return visitStreet; }
    public String getVisitPostalCode() { return visitPostalCode; }
    public String getVisitCity() { return visitCity; }
    public String getVisitCountry() { return visitCountry; }
    public LocalDate getVisitDate() { return visitDate; }
    public String getVisitFrom() { return visitFrom; }
    public String getVisitTo() { return visitTo; }
    public CrmUser getTechnician() { return technician; }
}
