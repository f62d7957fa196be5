package com.acme.crm.web.pipeline;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.pipeline.boundary.CompetitorData;
import com.acme.crm.pipeline.boundary.DealCompetitorData;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.boundary.MoveData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.StageData;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.boundary.StageMoveData;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import com.acme.crm.web.shared.UseCaseStep;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One deal: its fields, stage moves (with criteria), history, contacts with roles, competitors and SWOT. */
@Named
@ViewScoped
public class OpportunityView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "form:name"),
            Map.entry("accountId", "form:account"), Map.entry("amount", "form:amount"), Map.entry("currency", "form:currency"),
            Map.entry("probability", "form:probability"), Map.entry("budgetAmount", "form:budget"),
            Map.entry("primaryContactId", "form:primaryContact"), Map.entry("ownerId", "form:owner"),
            Map.entry("decisionMaker", "form:decisionMaker"), Map.entry("needsProblems", "form:problems"),
            Map.entry("needsGoals", "form:goals"), Map.entry("expectedCloseDate", "form:closeDate"),
            Map.entry("contactId", "contactsForm:newContact"), Map.entry("competitorId", "competitorsForm:newCompetitor"));

    @Inject Opportunities opportunities;
    @Inject com.acme.crm.quote.boundary.Quotes quotes;
    @Inject Accounts accounts;
    @Inject Users users;
    @Inject FacesMessages messages;
    @Inject com.acme.crm.forecast.boundary.Metrics metrics;
    private List<com.acme.crm.forecast.boundary.OptionData> products;

    private Long id;
    private Long accountId;
    private OpportunityData deal;
    private AccountData account;
    private final UseCaseStep step = new UseCaseStep(FIELDS);
    private ArrayList<StageMoveData> history;
    private MoveData move = new MoveData();
    private Long newContactId;
    private BuyingRole newContactRole;
    private boolean newContactPrimary;
    private DealCompetitorData newCompetitor = new DealCompetitorData();
    private ArrayList<StageData> stages;
    private ArrayList<com.acme.crm.quote.boundary.QuoteData> dealQuotes;

    public void load() {
        if (id == null) {
            deal = new OpportunityData();
            deal.setCurrency("EUR");
            account = accountId == null ? null : RecordPage.open(() -> accounts.getAccount(accountId));
            return;
        }
        deal = RecordPage.open(() -> opportunities.getOpportunity(id));
        if (deal != null) {
            account = accounts.getAccount(deal.getAccountId());
            history = null;
        }
    }

    public String save() {
        boolean isNew = deal.getId() == null;
        deal.setAccountId(account == null ? null : account.getId());
        if (act(() -> isNew ? opportunities.createOpportunity(deal) : opportunities.updateOpportunity(deal), "deal.saved") && isNew) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/pipeline/opportunity?faces-redirect=true&id=" + deal.getId();
        }
        return null;
    }

    public void moveTo() {
        move.setVersion(deal.getVersion());
        if (act(() -> opportunities.moveOpportunity(deal.getId(), move), "deal.movedHere")) {
            move = new MoveData();
        }
    }

    /**
     * The deal's fields as typed are saved before people or competitors change: adding a contact
     * must not throw away a "Next step" typed but not yet saved. A refusal (a field at fault)
     * stops the change and says why.
     */
    private boolean savedAsTyped() {
        return deal.getId() == null || act(() -> opportunities.updateOpportunity(deal), "deal.saved");
    }

    public void involve() {
        if (newContactId != null && savedAsTyped() && act(() -> opportunities.involveContact(deal.getId(), deal.getVersion(), newContactId,
                newContactRole, newContactPrimary), "deal.saved")) {
            newContactId = null;
            newContactRole = null;
            newContactPrimary = false;
        }
    }

    public void changeRole(long contactId, BuyingRole role, boolean primary) {
        if (savedAsTyped()) {
            act(() -> opportunities.involveContact(deal.getId(), deal.getVersion(), contactId, role, primary), "deal.saved");
        }
    }

    public void uninvolve(long contactId) {
        if (savedAsTyped()) {
            act(() -> opportunities.removeContact(deal.getId(), deal.getVersion(), contactId), "deal.saved");
        }
    }

    public void assess() {
        if (savedAsTyped() && act(() -> opportunities.assessCompetitor(deal.getId(), deal.getVersion(), newCompetitor), "deal.saved")) {
            newCompetitor = new DealCompetitorData();
        }
    }

    public void removeCompetitor(long competitorId) {
        if (savedAsTyped()) {
            act(() -> opportunities.removeCompetitor(deal.getId(), deal.getVersion(), competitorId), "deal.saved");
        }
    }

    public void reload() {
        deal = opportunities.getOpportunity(id);
        history = null;
        step.resolved();
        messages.info("record.reloaded");
    }

    private boolean act(Supplier<OpportunityData> action, String doneKey) {
        return step.run(messages, action, d -> {
            deal = d;
            history = null;
            dealQuotes = null;
        }, doneKey, d -> new Object[] {d.getName(), d.getStageName()});
    }

    /** The deal's quotes, newest first (every revision). */
    public List<com.acme.crm.quote.boundary.QuoteData> getQuotes() {
        if (dealQuotes == null && deal != null && deal.getId() != null) {
            dealQuotes = new ArrayList<>(quotes.findQuotes(new com.acme.crm.shared.api.PageQuery(0, 50, "updatedAt", false, null,
                    Map.of("opportunity", String.valueOf(deal.getId())))).getItems());
        }
        return dealQuotes;
    }

    public String newQuote() {
        try {
            var quote = quotes.createQuote(deal.getId(), null);
            return "/quote/quote?faces-redirect=true&id=" + quote.getId();
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
            return null;
        }
    }

    public List<StageMoveData> getHistory() {
        if (history == null && deal != null && deal.getId() != null) {
            history = new ArrayList<>(opportunities.getStageHistory(deal.getId()));
        }
        return history;
    }

    /** Contacts of the deal's account not yet involved, to add. */
    public List<ContactData> getAccountContacts() {
        if (account == null) {
            return List.of();
        }
        List<Long> involved = deal.getContacts().stream().map(c -> c.getContactId()).toList();
        return accounts.getContactsOfAccount(account.getId()).stream()
                .filter(c -> !involved.contains(c.getId())).toList();
    }

    public List<AccountData> completeAccount(String text) {
        return accounts.findAccounts(new PageQuery(0, 10, "name", true, text, null)).getItems();
    }

    /** The stage chosen to move to is a lost one: its loss details are asked for. */
    public boolean isMovingToLost() {
        return getStages().stream().anyMatch(s -> s.getId() == move.getStageId() && s.getKind() == StageKind.LOST);
    }

    public List<StageData> getStages() {
        if (stages == null) {
            stages = new ArrayList<>(opportunities.getStages());
        }
        return stages;
    }

    public List<CompetitorData> getCompetitors() { return opportunities.getCompetitors(); }
    public List<OwnerData> getOwners() { return users.owners(); }
    public BuyingRole[] getBuyingRoles() { return BuyingRole.values(); }
    public LossReason[] getLossReasons() { return LossReason.values(); }
    public com.acme.crm.pipeline.boundary.ForecastCategory[] getForecastCategories() {
        return com.acme.crm.pipeline.boundary.ForecastCategory.values();
    }
    public com.acme.crm.lead.boundary.LeadSource[] getLeadSources() { return com.acme.crm.lead.boundary.LeadSource.values(); }

    /** The catalogue's products to choose the deal's main one from (read once per view). */
    public List<com.acme.crm.forecast.boundary.OptionData> getProducts() {
        if (products == null) {
            products = metrics.products();
        }
        return products;
    }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public OpportunityData getDeal() { return deal; }
    public AccountData getAccount() { return account; }
    public void setAccount(AccountData account) { this.account = account; }
    public boolean isConflict() { return step.isConflict(); }
    public MoveData getMove() { return move; }
    public Long getNewContactId() { return newContactId; }
    public void setNewContactId(Long newContactId) { this.newContactId = newContactId; }
    public BuyingRole getNewContactRole() { return newContactRole; }
    public void setNewContactRole(BuyingRole newContactRole) { this.newContactRole = newContactRole; }
    public boolean isNewContactPrimary() { return newContactPrimary; }
    public void setNewContactPrimary(boolean newContactPrimary) { this.newContactPrimary = newContactPrimary; }
    public DealCompetitorData getNewCompetitor() { return newCompetitor; }
}
