package com.acme.crm.lead.boundary;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.lead.control.LeadEvents;
import com.acme.crm.lead.control.BantMinimum;
import com.acme.crm.lead.control.LeadConversion;
import com.acme.crm.lead.control.LeadDuplicates;
import com.acme.crm.lead.control.LeadMapping;
import com.acme.crm.lead.control.LeadScoring;
import com.acme.crm.lead.entity.DisqualificationReason;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.lead.entity.LeadSettings;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.Visibility;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leads from capture to conversion: create and change them, qualify (BANT minimum),
 * disqualify with a reason, reopen, and convert into account, contact and opportunity. Scores
 * are recomputed on every change. Each method is one transaction and checks the caller's
 * role and the lead's visibility (sales roles: own and team; admins: all; support: none).
 */
@Stateless
@LocalBean
@PermitAll
public class Leads implements LeadService {

    static final Role[] SELLERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};

    @PersistenceContext EntityManager em;
    @Inject LeadEvents events;
    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject LeadMapping mapping;
    @Inject com.acme.crm.audit.control.RecordHistory history;
    @Inject LeadDuplicates duplicates;
    @Inject LeadConversion conversion;
    @Inject com.acme.crm.lead.control.LeadAssignment assignment;
    @Inject InputValidation validation;
    @Inject PagedList pagedList;
    @Inject Clock clock;

    @Override
    public Page<LeadData> findLeads(PageQuery query) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        var spec = new PagedList.Spec<>(Lead.class, (cb, l) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Visibility.salesOwnerVisible(cb, l, scope));
            if (query.search() != null) {
                where.add(cb.or(PagedList.contains(cb, l.get("lastName"), query.search()),
                        PagedList.contains(cb, l.get("firstName"), query.search()),
                        PagedList.contains(cb, l.get("company"), query.search()),
                        PagedList.contains(cb, l.get("email"), query.search())));
            }
            filterEnum(query, "status", LeadStatus.class).ifPresent(v -> where.add(cb.equal(l.get("status"), v)));
            filterEnum(query, "rating", LeadRating.class).ifPresent(v -> where.add(cb.equal(l.get("rating"), v)));
            filterEnum(query, "source", LeadSource.class).ifPresent(v -> where.add(cb.equal(l.get("source"), v)));
            if (query.filter("campaign") != null) {
                where.add(cb.equal(l.get("campaign"), query.filter("campaign")));
            }
            String owner = query.filter("owner");
            if (owner != null) {
                where.add(cb.equal(l.get("owner").get("id"), "me".equals(owner) ? scope.userId() : Inputs.parseId("owner", owner)));
            }
            return where;
        }, Map.of("score", l -> l.get("score"), "lastName", l -> l.get("lastName"), "company", l -> l.get("company"),
                "createdAt", l -> l.get("createdAt"), "status", l -> l.get("status")), "score", false);
        return pagedList.page(spec, query, mapping::toData);
    }

    @Override
    public LeadData getLead(long id) {
        return detailed(visibleLead(caller.requireAnyRole(SELLERS), id));
    }

    @Override
    public LeadData createLead(LeadData data) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        validation.check(data);
        var owner = data.isAssignByRules() && data.getOwnerId() == null
                ? assignment.ownerFor(data.getIndustry(), data.getRegion()).orElseGet(() -> customers.ownerFor(scope, null, null))
                : customers.ownerFor(scope, data.getOwnerId(), null);
        Lead lead = new Lead(data.getLastName().strip(), data.getSource(), owner);
        apply(lead, data);
        em.persist(lead);
        em.flush();
        events.created(lead);
        return detailed(lead);
    }

    @Override
    public LeadData updateLead(LeadData data) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to update a lead");
        }
        Lead lead = visibleLead(scope, data.getId());
        customers.requireSameVersion(data.getVersion(), lead.getVersion(), "Lead", "\"" + data.getFullName() + "\"");
        history.before("Lead", lead.getId(), mapping.toData(lead));
        lead.reassignTo(customers.ownerFor(scope, data.getOwnerId(), lead.getOwner()));
        apply(lead, data);
        lead.startWorking();
        customers.flush("Lead", "\"" + data.getFullName() + "\"");
        return detailed(lead);
    }

    @Override
    public LeadData qualifyLead(long id, long version) {
        Lead lead = changing(id, version);
        List<FieldError> missing = BantMinimum.missing(lead.getBant(), settings().rules());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        lead.qualify();
        events.qualified(lead);
        return detailed(lead);
    }

    @Override
    public LeadData disqualifyLead(long id, long version, long reasonId, String note) {
        Lead lead = changing(id, version);
        DisqualificationReason reason = em.find(DisqualificationReason.class, reasonId);
        if (reason == null || !reason.isActive()) {
            throw new InvalidInputException("reasonId", "choose one of the disqualification reasons");
        }
        lead.disqualify(reason, Inputs.blankToNull(note));
        events.disqualified(lead);
        return detailed(lead);
    }

    @Override
    public LeadData reopenLead(long id, long version) {
        Lead lead = changing(id, version);
        lead.reopen();
        return detailed(lead);
    }

    @Override
    public ConversionPreviewData previewConversion(long id) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Lead lead = visibleLead(scope, id);
        List<DuplicateData> found = duplicates.of(lead, scope).stream().filter(d -> d.getId() != LeadDuplicates.HIDDEN).toList();
        return new ConversionPreviewData(lead.getId(), lead.getVersion(), LeadConversion.accountNameFor(lead),
                conversion.matchingAccounts(found), conversion.matchingContacts(found),
                LeadConversion.accountNameFor(lead) + (lead.getBant().getNeed() == null ? "" : ": " + shorten(lead.getBant().getNeed())),
                lead.getBant().getBudgetAmount(), lead.getBant().getBudgetCurrency(), lead.getBant().getExpectedPurchaseDate());
    }

    @Override
    public LeadData convertLead(long id, ConversionData decision) {
        validation.check(decision);
        Lead lead = changing(id, decision.getLeadVersion());
        conversion.convert(caller.scope(), lead, decision);
        return detailed(lead);
    }

    @Override
    public List<ReasonData> disqualificationReasons() {
        caller.scope();
        return new ArrayList<>(em.createNamedQuery("DisqualificationReason.findActive", DisqualificationReason.class)
                .getResultStream().map(r -> new ReasonData(r.getId(), r.getName())).toList());
    }

    private Lead changing(long id, long version) {
        Lead lead = visibleLead(caller.requireAnyRole(SELLERS), id);
        customers.requireSameVersion(version, lead.getVersion(), "Lead", id);
        history.before("Lead", id, mapping.toData(lead));
        return lead;
    }

    private void apply(Lead lead, LeadData data) {
        com.acme.crm.lead.control.LeadFactory.apply(lead, data, mapping);
        rescore(lead);
    }

    /**
     * After the scoring rules changed: every open lead gets its score under the new rules, page
     * by page so that the persistence context stays small.
     */
    public int rescoreOpenLeads() {
        caller.requireAnyRole(Role.ADMIN);
        int done = 0;
        long lastId = -1;
        while (true) {
            List<Lead> batch = em.createQuery("select l from Lead l where l.status in :open and l.id > :last order by l.id",
                            Lead.class)
                    .setParameter("open", List.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED))
                    .setParameter("last", lastId).setMaxResults(500).getResultList();
            if (batch.isEmpty()) {
                return done;
            }
            batch.forEach(this::rescore);
            em.flush();
            em.clear();
            done += batch.size();
            lastId = batch.get(batch.size() - 1).getId();
        }
    }

    /** The lead, if the caller may work with it; for other boundaries that attach records to leads. */
    public Lead visibleLead(long id) {
        return visibleLead(caller.requireAnyRole(SELLERS), id);
    }

    /** After an activity regarding the lead was logged: it is being worked, and engagement counts. */
    public void activityLogged(long leadId) {
        Lead lead = em.find(Lead.class, leadId);
        if (lead != null && lead.getStatus().isOpen()) {
            lead.startWorking();
            rescore(lead);
        }
    }

    private void rescore(Lead lead) {
        com.acme.crm.lead.control.LeadFactory.rescore(lead, settings().rules(), recentActivities(lead), LocalDate.now(clock));
    }

    private LeadScoring.Score score(Lead lead) {
        return com.acme.crm.lead.control.LeadFactory.score(lead, settings().rules(), recentActivities(lead), LocalDate.now(clock));
    }

    /** Engagement: activities regarding the lead in the last 30 days. */
    private int recentActivities(Lead lead) {
        if (lead.getId() == null) {
            return 0;
        }
        return em.createQuery("select count(a) from Activity a where a.lead.id = :id and a.startsAt >= :since"
                        + " and a.startsAt <= :now", Long.class)
                .setParameter("id", lead.getId())
                .setParameter("since", java.time.LocalDateTime.now(clock).minusDays(30))
                .setParameter("now", java.time.LocalDateTime.now(clock))
                .getSingleResult().intValue();
    }

    /** The lead with what its page shows besides its fields: why it scored so, and likely duplicates. */
    private LeadData detailed(Lead lead) {
        customers.flush("Lead", lead.getId()); // so that the version handed out is the one saved
        // computed for display only: a read must not change the lead (and its version) under other editors
        LeadScoring.Score score = score(lead);
        LeadData data = mapping.toData(lead);
        history.after("Lead", lead.getId(), data.getFullName(), data);
        data.setScoreFactors(score.factors());
        data.setDuplicates(duplicates.of(lead, caller.requireAnyRole(SELLERS)));
        return data;
    }

    private Lead visibleLead(CallerScope scope, long id) {
        Lead lead = em.find(Lead.class, id);
        if (lead == null) {
            throw new NotFoundException("Lead", id);
        }
        var owner = lead.getOwner();
        if (!scope.canSeeSales(owner.getId(), owner.getTeamId())) {
            throw new AccessDeniedException("You cannot see lead " + id + ": it belongs to another team");
        }
        return lead;
    }

    private LeadSettings settings() {
        return em.find(LeadSettings.class, LeadSettings.ID);
    }

    private static <E extends Enum<E>> java.util.Optional<E> filterEnum(PageQuery query, String name, Class<E> type) {
        String value = query.filter(name);
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(Inputs.enumValue(type, name, value));
    }

    private static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
