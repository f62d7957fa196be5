package com.acme.crm.activity.boundary;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.activity.control.ActivityMapping;
import com.acme.crm.activity.entity.Activity;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls, e-mails, meetings and tasks: log them against a lead, contact, account or
 * opportunity (or, for someone unknown, create the lead in the same step), complete them,
 * and read "my open activities", the overdue list and each record's timeline. Logging one
 * for a lead marks the lead as being worked and updates its engagement score.
 */
@Stateless
@LocalBean
@PermitAll
public class Activities implements ActivityService {

    static final Role[] WORKERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN, Role.SUPPORT_AGENT};

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject ActivityMapping mapping;
    @Inject InputValidation validation;
    @Inject PagedList pagedList;
    @Inject Clock clock;
    @EJB Leads leads;

    /** The caller's open activities, soonest first; filter {@code overdue=true} for the overdue list. */
    @Override
    public Page<ActivityData> myOpenActivities(PageQuery query) {
        CallerScope scope = caller.requireAnyRole(WORKERS);
        LocalDateTime now = LocalDateTime.now(clock);
        var spec = new PagedList.Spec<>(Activity.class, (cb, a) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(a.get("owner").get("id"), scope.userId()));
            where.add(cb.isFalse(a.get("done")));
            if ("true".equals(query.filter("overdue"))) {
                where.add(cb.lessThan(a.get("startsAt"), now));
            }
            return where;
        }, Map.of("startsAt", a -> a.get("startsAt"), "subject", a -> a.get("subject")), "startsAt");
        return pagedList.page(spec, query, mapping::toData);
    }

    /** Everything that happened with a record, newest first. recordType: lead, contact, account, opportunity. */
    @Override
    public List<ActivityData> timeline(String recordType, long id) {
        CallerScope scope = caller.requireAnyRole(WORKERS);
        String field = switch (recordType) {
            case "lead" -> {
                leads.visibleLead(id);
                yield "lead";
            }
            case "contact" -> {
                customers.visibleContact(scope, id);
                yield "contact";
            }
            case "account" -> {
                customers.visibleAccount(scope, id);
                yield "account";
            }
            case "opportunity" -> {
                Opportunity deal = em.find(Opportunity.class, id);
                if (deal == null || !scope.canSeeSales(deal.getOwner().getId(), deal.getOwner().getTeamId())) {
                    throw new AccessDeniedException("You cannot see opportunity " + id);
                }
                yield "opportunity";
            }
            default -> throw new InvalidInputException("recordType", "must be lead, contact, account or opportunity");
        };
        return new ArrayList<>(em.createQuery("select a from Activity a where a." + field + ".id = :id"
                        + " order by a.startsAt desc, a.id desc", Activity.class)
                .setParameter("id", id).setMaxResults(500).getResultStream().map(mapping::toData).toList());
    }

    @Override
    public ActivityData log(ActivityData data) {
        CallerScope scope = caller.requireAnyRole(WORKERS);
        validation.check(data);
        Activity activity = new Activity(data.getType(), data.getSubject().strip(), data.getStartsAt(),
                customers.ownerFor(scope, data.getOwnerId(), null));
        apply(scope, activity, data);
        em.persist(activity);
        em.flush();
        if (activity.getLead() != null) {
            leads.activityLogged(activity.getLead().getId());
        }
        return mapping.toData(activity);
    }

    /**
     * An activity with someone not yet in the CRM: the lead is created from what is known and
     * the activity logged for it, both or neither.
     */
    public ActivityData logWithNewLead(ActivityData data, LeadData newLead) {
        if (newLead == null) {
            throw new InvalidInputException("newLead", "is required");
        }
        if (newLead.getSource() == null || newLead.getSource() == LeadSource.OTHER) {
            newLead.setSource(switch (data.getType() == null ? ActivityType.TASK : data.getType()) {
                case CALL -> LeadSource.PHONE;
                case EMAIL -> LeadSource.EMAIL;
                case MEETING -> LeadSource.EVENT;
                case TASK -> LeadSource.OTHER;
            });
        }
        LeadData lead = leads.createLead(newLead);
        data.setLeadId(lead.getId());
        return log(data);
    }

    @Override
    public ActivityData update(ActivityData data) {
        CallerScope scope = caller.requireAnyRole(WORKERS);
        validation.check(data);
        Activity activity = editable(scope, data.getId());
        customers.requireSameVersion(data.getVersion(), activity.getVersion(), "Activity", "\"" + activity.getSubject() + "\"");
        apply(scope, activity, data);
        customers.flush("Activity", data.getId());
        return mapping.toData(activity);
    }

    @Override
    public ActivityData complete(long id, long version, String outcome) {
        CallerScope scope = caller.requireAnyRole(WORKERS);
        Activity activity = editable(scope, id);
        customers.requireSameVersion(version, activity.getVersion(), "Activity", "\"" + activity.getSubject() + "\"");
        activity.record(true, outcome == null || outcome.isBlank() ? activity.getOutcome() : outcome.strip());
        customers.flush("Activity", id);
        return mapping.toData(activity);
    }

    private void apply(CallerScope scope, Activity activity, ActivityData data) {
        activity.describe(data.getType(), data.getSubject().strip(), Inputs.blankToNull(data.getNotes()), data.getStartsAt(),
                data.getDurationMinutes());
        activity.record(data.isDone(), Inputs.blankToNull(data.getOutcome()));
        Lead lead = data.getLeadId() == null ? null : leads.visibleLead(data.getLeadId());
        Contact contact = data.getContactId() == null ? null : customers.visibleContact(scope, data.getContactId());
        Account account = data.getAccountId() != null ? customers.visibleAccount(scope, data.getAccountId())
                : contact != null ? contact.getAccount() : null;
        Opportunity opportunity = data.getOpportunityId() == null ? null : em.find(Opportunity.class, data.getOpportunityId());
        if (data.getOpportunityId() != null && (opportunity == null
                || !scope.canSeeSales(opportunity.getOwner().getId(), opportunity.getOwner().getTeamId()))) {
            throw new AccessDeniedException("You cannot log activities for opportunity " + data.getOpportunityId());
        }
        if (lead == null && contact == null && account == null && opportunity == null) {
            throw new InvalidInputException("regarding", "say which lead, contact, account or opportunity this is about");
        }
        activity.regard(lead, contact, account, opportunity);
    }

    private Activity editable(CallerScope scope, Long id) {
        Activity activity = id == null ? null : em.find(Activity.class, id);
        if (activity == null) {
            throw new NotFoundException("Activity", id);
        }
        boolean own = activity.getOwner().getId() == scope.userId();
        if (!own && !scope.hasAnyRole(Role.ADMIN, Role.SALES_MANAGER)) {
            throw new AccessDeniedException("Only the owner, their manager or an admin can change this activity");
        }
        if (!own && !scope.seesAllSales() && !scope.canSeeSales(activity.getOwner().getId(), activity.getOwner().getTeamId())) {
            throw new AccessDeniedException("This activity belongs to another team");
        }
        return activity;
    }
}
