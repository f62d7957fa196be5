package com.acme.crm.service.boundary;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.quote.entity.Invoice;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.security.control.Visibility;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.service.control.BusinessClock;
import com.acme.crm.service.control.ServiceMapping;
import com.acme.crm.service.control.RequestEvents;
import com.acme.crm.service.control.SlaPolicy;
import com.acme.crm.service.control.SlaWatch;
import com.acme.crm.service.entity.ServiceEvent;
import com.acme.crm.service.entity.ServiceRequest;
import com.acme.crm.service.entity.ServiceSettings;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Service requests from opening to closing: SLA due times in business time, assignment (by
 * hand, taking from the queue, or automatically in turn), the pause while
 * waiting on the customer, resolution, reopening, notes and a history of every change, and
 * the watch that marks requests at risk and breached. Support agents work requests; reps
 * and managers open them and add notes for their accounts, but cannot change their course.
 */
@Stateless
@LocalBean
@PermitAll
public class ServiceRequests implements ServiceRequestService {

    static final Role[] WORKERS = {Role.SUPPORT_AGENT, Role.ADMIN};
    private static final String TYPE = "Service request";

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject RequestEvents events;
    @Inject CustomerAccess customers;
    @Inject UserDirectory users;
    @Inject InputValidation validation;
    @Inject PagedList pagedList;
    @Inject SlaPolicy sla;
    @Inject SlaWatch slaWatch;
    @Inject ServiceMapping mapping;
    @Inject Notifications notifications;
    @Inject Clock clock;
    @Inject com.acme.crm.audit.control.RecordHistory history;

    @Override
    public Page<ServiceRequestData> findRequests(PageQuery query) {
        CallerScope scope = caller.scope();
        var spec = new PagedList.Spec<>(ServiceRequest.class, (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Visibility.ownerVisible(cb, r.join("account"), scope));
            String status = query.filter("status");
            if ("open".equalsIgnoreCase(status)) {
                where.add(r.get("status").in(ServiceStatus.open()));
            } else if (status != null) {
                where.add(cb.equal(r.get("status"), Inputs.enumValue(ServiceStatus.class, "status", status)));
            }
            if ("true".equalsIgnoreCase(query.filter("queue"))) {
                where.add(cb.isNull(r.get("assignee")));
                where.add(r.get("status").in(ServiceStatus.open()));
            }
            String assignee = query.filter("assignee");
            if (assignee != null) {
                where.add(cb.equal(r.get("assignee").get("id"), "me".equals(assignee) ? scope.userId() : Inputs.parseId("assignee", assignee)));
            }
            if (query.filter("account") != null) {
                where.add(cb.equal(r.get("account").get("id"), Inputs.parseId("account", query.filter("account"))));
            }
            if (query.filter("priority") != null) {
                where.add(cb.equal(r.get("priority"), Inputs.enumValue(ServicePriority.class, "priority", query.filter("priority"))));
            }
            if ("true".equalsIgnoreCase(query.filter("breached"))) {
                where.add(cb.or(cb.isNotNull(r.get("responseBreachedAt")), cb.isNotNull(r.get("resolutionBreachedAt"))));
            }
            if (query.search() != null) {
                where.add(PagedList.contains(cb, r.get("subject"), query.search()));
            }
            return where;
        }, Map.of("due", r -> r.get("resolutionDue"), "openedAt", r -> r.get("openedAt"), "priority", r -> r.get("priority"),
                "status", r -> r.get("status")), "due");
        return pagedList.page(spec, query, r -> mapping.toData(r, false));
    }

    @Override
    public ServiceRequestData getRequest(long id) {
        return detailed(visible(caller.scope(), id));
    }

    @Override
    public ServiceRequestData openRequest(ServiceRequestData data) {
        CallerScope scope = caller.scope();
        validation.check(data);
        Account account = customers.visibleAccount(scope, data.getAccountId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ServiceRequest request = new ServiceRequest(data.getSubject().strip(), account, data.getChannel(), data.getType(),
                data.getPriority(), now);
        apply(scope, request, data);
        sla.schedule(request, sla.clock());
        em.persist(request);
        record(request, scope.username(), ServiceEvent.Kind.OPENED, null, data.getPriority().name(), null, false);
        events.publish(EventType.SERVICE_REQUEST_OPENED, request);
        if (sla.settings().isAutoAssign()) {
            autoAssign(request, scope.username());
        }
        em.flush();
        return detailed(request);
    }

    /** Changes what the request is about, its visit and its priority (a new priority recomputes the due times). */
    @Override
    public ServiceRequestData updateRequest(ServiceRequestData data) {
        CallerScope scope = caller.scope();
        validation.check(data);
        ServiceRequest request = changing(scope, data.getId(), data.getVersion());
        apply(scope, request, data);
        if (request.getPriority() != data.getPriority()) {
            requireWorker(scope);
            record(request, scope.username(), ServiceEvent.Kind.PRIORITY, request.getPriority().name(), data.getPriority().name(),
                    null, false);
            request.prioritise(data.getPriority());
            sla.schedule(request, sla.clock());
        }
        customers.flush(TYPE, data.getId());
        return detailed(request);
    }

    @Override
    public ServiceRequestData assign(long id, long version, Long agentId) {
        CallerScope scope = requireWorker(caller.scope());
        ServiceRequest request = changing(scope, id, version);
        CrmUser agent = agent(agentId == null ? scope.userId() : agentId);
        assignTo(request, agent, scope.username());
        return saved(request);
    }

    @Override
    public ServiceRequestData startWork(long id, long version) {
        return step(id, version, (r, s) -> r.startWork(now()));
    }

    @Override
    public ServiceRequestData waitOnCustomer(long id, long version) {
        return step(id, version, (r, s) -> r.waitOnCustomer(now()));
    }

    @Override
    public ServiceRequestData resume(long id, long version) {
        return step(id, version, (r, s) -> {
            BusinessClock businessClock = sla.clock();
            r.resume(r.getPausedSince() == null ? 0 : businessClock.minutesBetween(r.getPausedSince(), now()));
            sla.schedule(r, businessClock);
        });
    }

    @Override
    public ServiceRequestData resolve(long id, long version, String resolution, Integer satisfaction) {
        if (Inputs.blankToNull(resolution) == null) {
            throw new InvalidInputException("resolution", "say how it was resolved");
        }
        requireRating(satisfaction);
        return step(id, version, (r, s) -> r.resolve(resolution.strip(), satisfaction, now()));
    }

    @Override
    public ServiceRequestData close(long id, long version, Integer satisfaction) {
        requireRating(satisfaction);
        return step(id, version, (r, s) -> r.close(satisfaction, now()));
    }

    @Override
    public ServiceRequestData reopen(long id, long version) {
        return step(id, version, (r, s) -> r.reopen(now(), s.getReopenDays()));
    }

    @Override
    public ServiceRequestData addNote(long id, long version, String note, boolean customerVisible) {
        CallerScope scope = caller.scope();
        if (Inputs.blankToNull(note) == null || note.length() > 4000) {
            throw new InvalidInputException("note", "write the note (at most 4000 characters)");
        }
        ServiceRequest request = changing(scope, id, version);
        if (customerVisible && scope.hasAnyRole(WORKERS)) {
            request.respond(now()); // the customer heard from support
        }
        record(request, scope.username(), ServiceEvent.Kind.NOTE, null, null, note.strip(), customerVisible);
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return saved(request);
    }

    /** A technician's visits on one day, in time order. */
    public List<ServiceRequestData> visits(long technicianId, LocalDate day) {
        CallerScope scope = caller.scope();
        return new ArrayList<>(em.createQuery("select r from ServiceRequest r where r.technician.id = :tech and r.visitDate = :day"
                        + " order by r.visitFrom, r.id", ServiceRequest.class)
                .setParameter("tech", technicianId).setParameter("day", day).getResultStream()
                .filter(r -> scope.canSee(r.getAccount().getOwner().getId(), r.getAccount().getOwner().getTeamId()))
                .map(r -> mapping.toData(r, false)).toList());
    }

    /** Marks open requests at risk or breached now (admins; it also runs every five minutes). */
    public int checkSla() {
        caller.requireAnyRole(Role.ADMIN);
        return slaWatch.check();
    }

    @Schedule(hour = "*", minute = "*/5", persistent = true, info = "SLA watch")
    void slaWatch() {
        slaWatch.check();
    }

    private interface Step {
        void apply(ServiceRequest request, ServiceSettings settings);
    }

    private ServiceRequestData step(long id, long version, Step step) {
        CallerScope scope = requireWorker(caller.scope());
        ServiceRequest request = changing(scope, id, version);
        ServiceStatus before = request.getStatus();
        step.apply(request, sla.settings());
        if (before != request.getStatus()) {
            record(request, scope.username(), ServiceEvent.Kind.STATUS, before.name(), request.getStatus().name(), null, false);
            if (request.getStatus() == ServiceStatus.RESOLVED) {
                events.publish(EventType.SERVICE_REQUEST_RESOLVED, request);
            } else if (request.getStatus() == ServiceStatus.CLOSED) {
                events.publish(EventType.SERVICE_REQUEST_CLOSED, request);
            }
        }
        return saved(request);
    }

    private void apply(CallerScope scope, ServiceRequest request, ServiceRequestData data) {
        Account account = request.getAccount();
        Contact contact = data.getContactId() == null ? null : customers.visibleContact(scope, data.getContactId());
        if (contact != null && (contact.getAccount() == null || !contact.getAccount().equals(account))) {
            throw new InvalidInputException("contactId", contact.getLastName() + " does not work for " + account.getName());
        }
        Product product = data.getProductId() == null ? null : em.find(Product.class, data.getProductId());
        if (data.getProductId() != null && product == null) {
            throw new InvalidInputException("productId", "choose a product from the catalogue");
        }
        Invoice invoice = data.getInvoiceId() == null ? null : em.find(Invoice.class, data.getInvoiceId());
        if (data.getInvoiceId() != null && (invoice == null || !invoice.getAccount().equals(account))) {
            throw new InvalidInputException("invoiceId", "choose one of " + account.getName() + "'s invoices");
        }
        request.describe(data.getSubject().strip(), Inputs.blankToNull(data.getDescription()), contact, product, invoice,
                data.getChannel(), data.getType());
        if (data.getChannel() == ServiceChannel.ON_SITE) {
            CrmUser technician = data.getTechnicianId() == null ? null : agent(data.getTechnicianId());
            boolean noAddress = Inputs.blankToNull(data.getVisitStreet()) == null && Inputs.blankToNull(data.getVisitCity()) == null;
            var home = account.getAddress(); // the visit goes to the account unless another address is given
            request.planVisit(noAddress ? home.getStreet() : Inputs.blankToNull(data.getVisitStreet()),
                    noAddress ? home.getPostalCode() : Inputs.blankToNull(data.getVisitPostalCode()),
                    noAddress ? home.getCity() : Inputs.blankToNull(data.getVisitCity()),
                    noAddress ? home.getCountry() : Inputs.blankToNull(data.getVisitCountry()),
                    data.getVisitDate(), Inputs.blankToNull(data.getVisitFrom()), Inputs.blankToNull(data.getVisitTo()), technician);
        } else {
            request.planVisit(null, null, null, null, null, null, null, null);
        }
    }

    /** Round-robin over the active support agents; the turn is kept in the settings row, locked, so instances agree. */
    private void autoAssign(ServiceRequest request, String by) {
        ServiceSettings settings = em.find(ServiceSettings.class, ServiceSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        List<CrmUser> agents = em.createQuery("select distinct u from CrmUser u join u.roles role where role = :agent"
                + " and u.active = true order by u.id", CrmUser.class).setParameter("agent", Role.SUPPORT_AGENT).getResultList();
        if (agents.isEmpty()) {
            return;
        }
        Long last = settings.getLastAutoAssigneeId();
        CrmUser next = agents.stream().filter(a -> last == null || a.getId() > last).findFirst().orElse(agents.get(0));
        settings.autoAssigned(next.getId());
        assignTo(request, next, by);
    }

    /** The account's contracts (invoices), for choosing the one a request concerns. */
    public List<com.acme.crm.quote.boundary.InvoiceData> contractsOf(long accountId) {
        CallerScope scope = caller.scope();
        customers.visibleAccount(scope, accountId);
        return new ArrayList<>(em.createQuery("select i from Invoice i where i.account.id = :account order by i.issueDate desc",
                        Invoice.class).setParameter("account", accountId).setMaxResults(50).getResultStream()
                .map(com.acme.crm.quote.control.QuoteMapping::toData).toList());
    }

    private void assignTo(ServiceRequest request, CrmUser agent, String by) {
        String before = request.getAssignee() == null ? null : request.getAssignee().getUsername();
        ServiceStatus status = request.getStatus();
        request.assignTo(agent);
        record(request, by, ServiceEvent.Kind.ASSIGNEE, before, agent.getUsername(), null, false);
        events.publish(EventType.SERVICE_REQUEST_ASSIGNED, request);
        if (status != request.getStatus()) {
            record(request, by, ServiceEvent.Kind.STATUS, status.name(), request.getStatus().name(), null, false);
        }
        notifications.notifyOnce(agent, "SERVICE_ASSIGNED:" + request.getId() + ":" + agent.getId(),
                "Request \"" + request.getSubject() + "\" (" + request.getAccount().getName() + ") is yours", null);
    }

    private CrmUser agent(long userId) {
        CrmUser agent = users.getUser(userId);
        if (!agent.isActive() || !agent.hasRole(Role.SUPPORT_AGENT)) {
            throw new InvalidInputException("assigneeId", agent.getDisplayName() + " is not an active support agent");
        }
        return agent;
    }

    private void record(ServiceRequest request, String by, ServiceEvent.Kind kind, String from, String to, String note,
            boolean customerVisible) {
        em.persist(new ServiceEvent(request, now(), by, kind, from, to, note, customerVisible));
    }

    private ServiceRequestData saved(ServiceRequest request) {
        customers.flush(TYPE, request.getId());
        return detailed(request);
    }

    private ServiceRequest changing(CallerScope scope, Long id, Long version) {
        if (id == null) {
            throw new InvalidInputException("id", "is required");
        }
        ServiceRequest request = visible(scope, id);
        customers.requireSameVersion(version, request.getVersion(), TYPE, id);
        history.before("ServiceRequest", id, detailed(request));
        return request;
    }

    private ServiceRequest visible(CallerScope scope, long id) {
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null) {
            throw new NotFoundException(TYPE, id);
        }
        CrmUser owner = request.getAccount().getOwner();
        if (!scope.canSee(owner.getId(), owner.getTeamId())) {
            throw new AccessDeniedException("You cannot see service request " + id + ": its account belongs to another team");
        }
        return request;
    }

    private static CallerScope requireWorker(CallerScope scope) {
        if (!scope.hasAnyRole(WORKERS)) {
            throw new AccessDeniedException("Only support agents (and admins) change a request's course; add a note instead");
        }
        return scope;
    }

    private static void requireRating(Integer satisfaction) {
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new InvalidInputException("satisfaction", "must be 1 to 5");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private ServiceRequestData detailed(ServiceRequest request) {
        ServiceRequestData data = mapping.toData(request, true);
        if (request.getId() != null) {
            history.after("ServiceRequest", request.getId(), data.getSubject(), data);
        }
        return data;
    }
}
