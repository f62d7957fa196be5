package com.acme.crm.pipeline.boundary;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.account.control.CustomerSince;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.pipeline.control.CloseDates;
import com.acme.crm.pipeline.control.BoardColumns;
import com.acme.crm.pipeline.control.DealAccess;
import com.acme.crm.pipeline.control.DealContacts;
import com.acme.crm.pipeline.control.DealFactory;
import com.acme.crm.pipeline.control.DealFilters;
import com.acme.crm.pipeline.control.DealMapping;
import com.acme.crm.pipeline.control.DealMoves;
import com.acme.crm.pipeline.control.PipelineWatch;
import com.acme.crm.pipeline.control.StageAge;
import com.acme.crm.pipeline.entity.Competitor;
import com.acme.crm.pipeline.entity.DealCompetitor;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.pipeline.entity.StageMove;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Deals and their way through the pipeline: open, change, move between stages (entry criteria
 * enforced here, so UI, REST and remote callers obey the same rules), stage history, the
 * people and competitors involved, the board, and the watch that flags deals needing
 * attention. Each method is one transaction and checks role and visibility itself.
 */
@Stateless
@LocalBean
@PermitAll
public class Opportunities implements PipelineService {

    private static final Logger LOG = Logger.getLogger(Opportunities.class.getName());
    static final Role[] SELLERS = {Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN};
    private static final String TYPE = "Opportunity";

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject CustomerAccess customers;
    @Inject InputValidation validation;
    @Inject PagedList pagedList;
    @Inject DealMoves moves;
    @Inject CustomerSince customerSince;
    @Inject DealFactory factory;
    @Inject DealContacts dealContacts;
    @Inject DealAccess dealAccess;
    @Inject BoardColumns board;
    @Inject PipelineWatch watch;
    @Inject Clock clock;
    @Inject com.acme.crm.audit.control.RecordHistory history;

    @Override
    public List<StageData> getStages() {
        caller.scope();
        return new ArrayList<>(em.createNamedQuery("Stage.active", Stage.class).getResultStream().map(DealMapping::toData).toList());
    }

    @Override
    public Page<OpportunityData> findOpportunities(PageQuery query) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Instant now = clock.instant();
        var spec = new PagedList.Spec<>(Opportunity.class, (cb, o) -> DealFilters.where(cb, o, scope, query),
                Map.of("amount", o -> o.get("amount"), "closeDate", o -> o.get("expectedCloseDate"), "name", o -> o.get("name"),
                        "stage", o -> o.get("stage").get("position"), "updatedAt", o -> o.get("updatedAt"),
                        "account", o -> o.get("account").get("name")), "closeDate");
        return pagedList.page(spec, query, o -> DealMapping.toData(o, now));
    }

    @Override
    public OpportunityData getOpportunity(long id) {
        return detailed(visible(caller.requireAnyRole(SELLERS), id));
    }

    @Override
    public OpportunityData createOpportunity(OpportunityData data) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        validation.check(data);
        CloseDates.check("expectedCloseDate", data.getExpectedCloseDate(), null, true, LocalDate.now(clock));
        Account account = customers.visibleAccount(scope, data.getAccountId());
        Contact primary = primaryContact(scope, data.getPrimaryContactId(), account);
        Opportunity deal = factory.open(data.getName().strip(), account, primary, customers.ownerFor(scope, data.getOwnerId(), null),
                null, data.getAmount(), Inputs.blankToNull(data.getCurrency()), data.getExpectedCloseDate(), scope.username());
        apply(deal, data);
        em.flush();
        return detailed(deal);
    }

    @Override
    public OpportunityData updateOpportunity(OpportunityData data) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        validation.check(data);
        if (data.getId() == null) {
            throw new InvalidInputException("id", "is required to update an opportunity");
        }
        Opportunity deal = visible(scope, data.getId());
        customers.requireSameVersion(data.getVersion(), deal.getVersion(), TYPE, "\"" + deal.getName() + "\"");
        history.before(TYPE, deal.getId(), detailed(deal));
        CloseDates.check("expectedCloseDate", data.getExpectedCloseDate(), deal.getExpectedCloseDate(),
                deal.getStage().getKind() == StageKind.OPEN, LocalDate.now(clock));
        Account account = deal.getAccount().getId().equals(data.getAccountId()) ? deal.getAccount()
                : customers.visibleAccount(scope, data.getAccountId());
        Contact primary = primaryContact(scope, data.getPrimaryContactId(), account);
        if (primary != null && (deal.getPrimaryContact() == null || !deal.getPrimaryContact().equals(primary))) {
            involveIfNew(deal, primary, primary.getBuyingRole());
        }
        Account before = deal.getAccount();
        deal.workWith(account, primary);
        deal.rename(data.getName().strip());
        deal.reassignTo(customers.ownerFor(scope, data.getOwnerId(), deal.getOwner()));
        deal.estimate(data.getAmount(), Inputs.blankToNull(data.getCurrency()), data.getExpectedCloseDate());
        apply(deal, data);
        customers.flush(TYPE, "\"" + deal.getName() + "\"");
        if (deal.getStage().getKind() == StageKind.WON && !before.equals(account)) {
            // a win moved to another account: both accounts' first win may change (retention counts it)
            customerSince.recompute(before.getId());
            customerSince.recompute(account.getId());
        }
        return detailed(deal);
    }

    @Override
    public OpportunityData moveOpportunity(long id, MoveData move) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        if (move == null) {
            throw new InvalidInputException("stageId", "say which stage to move to");
        }
        Opportunity deal = visible(scope, id);
        customers.requireSameVersion(move.getVersion(), deal.getVersion(), TYPE, "\"" + deal.getName() + "\"");
        history.before(TYPE, id, detailed(deal));
        Stage target = em.find(Stage.class, move.getStageId());
        if (target == null) {
            throw new InvalidInputException("stageId", "there is no stage " + move.getStageId());
        }
        if (target.getKind() == StageKind.LOST) {
            deal.recordLoss(move.getLossReason(), Inputs.blankToNull(move.getLossNote()), competitor(move.getLostToCompetitorId()));
        }
        moves.move(deal, target, move.getOverrideReason(), scope.hasAnyRole(Role.SALES_MANAGER, Role.ADMIN), scope.username());
        customers.flush(TYPE, "\"" + deal.getName() + "\"");
        return detailed(deal);
    }

    @Override
    public List<StageMoveData> getStageHistory(long id) {
        Opportunity deal = visible(caller.requireAnyRole(SELLERS), id);
        List<StageMove> moves = em.createQuery("select m from StageMove m left join fetch m.from join fetch m.to"
                + " where m.opportunity = :deal order by m.movedAt, m.id", StageMove.class).setParameter("deal", deal).getResultList();
        List<Long> days = StageAge.daysAfterEach(moves.stream().map(StageMove::getMovedAt).toList(),
                deal.isClosed() ? deal.getStageEnteredAt() : clock.instant());
        List<StageMoveData> history = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            StageMove m = moves.get(i);
            history.add(new StageMoveData(m.getFrom() == null ? null : m.getFrom().getName(), m.getTo().getName(),
                    DealMapping.iso(m.getMovedAt()), m.getMovedBy(), m.getAmount(), m.getCurrency(), m.getProbability(),
                    m.isBackwards(), m.getOverrideReason(), days.get(i), i == moves.size() - 1));
        }
        return history;
    }

    @Override
    public OpportunityData involveContact(long id, long version, long contactId, BuyingRole role, boolean primary) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Opportunity deal = changing(scope, id, version);
        Contact contact = customers.visibleContact(scope, contactId);
        requireSameAccount(deal.getAccount(), contact, "contactId");
        dealContacts.of(deal).stream().filter(dc -> dc.getContact().equals(contact)).findFirst()
                .ifPresentOrElse(dc -> dc.playRole(role), () -> factory.involve(deal, contact, role));
        if (primary) {
            deal.workWith(deal.getAccount(), contact);
        }
        customers.flush(TYPE, id);
        return detailed(deal);
    }

    @Override
    public OpportunityData removeContact(long id, long version, long contactId) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Opportunity deal = changing(scope, id, version);
        dealContacts.of(deal).stream().filter(dc -> dc.getContact().getId() == contactId).forEach(em::remove);
        if (deal.getPrimaryContact() != null && deal.getPrimaryContact().getId() == contactId) {
            deal.workWith(deal.getAccount(), null);
        }
        customers.flush(TYPE, id);
        return detailed(deal);
    }

    @Override
    public OpportunityData assessCompetitor(long id, long version, DealCompetitorData assessment) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        if (assessment == null) {
            throw new InvalidInputException("competitorId", "say which competitor");
        }
        Opportunity deal = changing(scope, id, version);
        Competitor competitor = competitor(assessment.getCompetitorId());
        DealCompetitor involved = competitorsOf(deal).stream().filter(dc -> dc.getCompetitor().equals(competitor)).findFirst()
                .orElseGet(() -> {
                    DealCompetitor added = new DealCompetitor(deal, competitor);
                    em.persist(added);
                    return added;
                });
        involved.assess(text(assessment.getStrengths(), "strengths"), text(assessment.getWeaknesses(), "weaknesses"));
        customers.flush(TYPE, id);
        return detailed(deal);
    }

    @Override
    public OpportunityData removeCompetitor(long id, long version, long competitorId) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Opportunity deal = changing(scope, id, version);
        competitorsOf(deal).stream().filter(dc -> dc.getCompetitor().getId() == competitorId).forEach(em::remove);
        customers.flush(TYPE, id);
        return detailed(deal);
    }

    @Override
    public List<CompetitorData> getCompetitors() {
        caller.requireAnyRole(SELLERS);
        return new ArrayList<>(em.createQuery("select c from Competitor c where c.active = true order by c.name", Competitor.class)
                .getResultStream().map(PipelineAdministration::toData).toList());
    }

    /** The board: every active stage with its totals and first page of cards (largest deals first). */
    public List<BoardColumnData> board(PageQuery filters) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        return new ArrayList<>(em.createNamedQuery("Stage.active", Stage.class).getResultStream()
                .map(stage -> board.column(scope, stage, filters, 0)).toList());
    }

    /** One column of the board with {@code pages} × 20 cards: "show more" asks for the next page. */
    public BoardColumnData boardColumn(long stageId, PageQuery filters, int pages) {
        CallerScope scope = caller.requireAnyRole(SELLERS);
        Stage stage = em.find(Stage.class, stageId);
        if (stage == null) {
            throw new NotFoundException("Stage", stageId);
        }
        return board.column(scope, stage, filters, Math.max(0, pages - 1));
    }

    /** Runs the attention check now (admins; it also runs every hour). */
    public int checkPipeline() {
        caller.requireAnyRole(Role.ADMIN);
        return watch.check();
    }

    /** Hourly and persistent, so that in a cluster it runs on one instance; its notifications are once per topic anyway. */
    @Schedule(hour = "*", minute = "10", persistent = true, info = "pipeline attention check")
    void watchPipeline() {
        int flagged = watch.check();
        if (flagged > 0) {
            LOG.info(() -> "Pipeline check: " + flagged + " deal(s) newly need attention");
        }
    }

    private void apply(Opportunity deal, OpportunityData data) {
        if (data.getForecastCategory() != null) {
            deal.forecastAs(data.getForecastCategory());
        }
        Product product = data.getProductId() == null ? null : em.find(Product.class, data.getProductId());
        if (data.getProductId() != null && product == null) {
            throw new InvalidInputException("productId", "is not a product of the catalogue");
        }
        deal.originate(data.getLeadSource() != null ? data.getLeadSource() : deal.getLeadSource(), product);
        if (data.getProbability() != null) {
            deal.expectWithProbability(data.getProbability());
        }
        deal.qualify(data.getBudgetAmount(), data.isBudgetConfirmed(), Inputs.blankToNull(data.getDecisionMaker()));
        deal.assessNeeds(Inputs.blankToNull(data.getNeedsProblems()), Inputs.blankToNull(data.getNeedsGoals()),
                Inputs.blankToNull(data.getNeedsRequirements()), Inputs.blankToNull(data.getProductsOfInterest()));
        deal.plan(Inputs.blankToNull(data.getNextStep()), Inputs.blankToNull(data.getNotes()));
        deal.analyse(Inputs.blankToNull(data.getSwotStrengths()), Inputs.blankToNull(data.getSwotWeaknesses()),
                Inputs.blankToNull(data.getSwotOpportunities()), Inputs.blankToNull(data.getSwotThreats()));
        if (deal.getStage().getKind() == StageKind.LOST && data.getLossReason() != null) {
            deal.recordLoss(data.getLossReason(), Inputs.blankToNull(data.getLossNote()), competitor(data.getLostToCompetitorId()));
        }
    }

    private Contact primaryContact(CallerScope scope, Long contactId, Account account) {
        if (contactId == null) {
            return null;
        }
        Contact contact = customers.visibleContact(scope, contactId);
        requireSameAccount(account, contact, "primaryContactId");
        return contact;
    }

    private static void requireSameAccount(Account account, Contact contact, String field) {
        if (contact.getAccount() == null || !contact.getAccount().equals(account)) {
            throw new InvalidInputException(field, contact.getLastName() + " does not work for " + account.getName());
        }
    }

    private void involveIfNew(Opportunity deal, Contact contact, BuyingRole role) {
        if (dealContacts.of(deal).stream().noneMatch(dc -> dc.getContact().equals(contact))) {
            factory.involve(deal, contact, role);
        }
    }

    private Competitor competitor(Long id) {
        if (id == null) {
            return null;
        }
        Competitor competitor = em.find(Competitor.class, id);
        if (competitor == null || !competitor.isActive()) {
            throw new InvalidInputException("competitorId", "choose a competitor from the catalogue");
        }
        return competitor;
    }

    private List<DealCompetitor> competitorsOf(Opportunity deal) {
        return em.createQuery("select dc from DealCompetitor dc join fetch dc.competitor where dc.opportunity = :deal"
                + " order by dc.competitor.name", DealCompetitor.class).setParameter("deal", deal).getResultList();
    }

    private static String text(String value, String field) {
        String text = Inputs.blankToNull(value);
        if (text != null && text.length() > 2000) {
            throw new InvalidInputException(field, "is longer than 2000 characters");
        }
        return text;
    }

    /** The deal, if the caller may change it; the version must be the one the caller read. */
    private Opportunity changing(CallerScope scope, long id, long version) {
        Opportunity deal = visible(scope, id);
        customers.requireSameVersion(version, deal.getVersion(), TYPE, id);
        history.before(TYPE, id, detailed(deal));
        // contacts and competitors live in their own rows: the deal's version still counts the change
        em.lock(deal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return deal;
    }

    private Opportunity visible(CallerScope scope, long id) {
        return dealAccess.visibleDeal(scope, id);
    }

    private OpportunityData detailed(Opportunity deal) {
        OpportunityData data = DealMapping.toData(deal, clock.instant(), dealContacts.of(deal), competitorsOf(deal));
        if (deal.getId() != null) {
            history.after(TYPE, deal.getId(), deal.getName(), data);
        }
        return data;
    }
}
