package com.acme.crm.web.account;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.account.boundary.RevenueBand;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One account: create, edit, delete, and its contacts. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "form:name", "website", "form:website",
            "phone", "form:phone", "employees", "form:employees", "ownerId", "form:owner", "parentId", "form:parent");

    @Inject Accounts accounts;
    @Inject Opportunities opportunities;
    @Inject com.acme.crm.quote.boundary.Quotes quotes;
    @Inject com.acme.crm.service.boundary.ServiceRequests serviceRequests;
    @Inject Users users;
    @Inject FacesMessages messages;

    private Long id;
    private AccountData account;
    private AccountData parent;
    private List<ContactData> contacts = List.of();
    private List<String> warnings = List.of();
    private boolean conflict;
    private ArrayList<OpportunityData> deals;
    private ArrayList<com.acme.crm.quote.boundary.InvoiceData> invoices;
    private ArrayList<com.acme.crm.service.boundary.ServiceRequestData> openRequests;

    public void load() {
        if (id == null) {
            account = new AccountData();
            return;
        }
        account = RecordPage.open(() -> accounts.getAccount(id));
        if (account != null) {
            contacts = accounts.getContactsOfAccount(id);
            parent = account.getParentId() == null ? null : RecordPage.open(() -> accounts.getAccount(account.getParentId()));
        }
    }

    public void checkDuplicates() {
        warnings = accounts.findSimilar(account.getName(), account.getWebsite(), account.getId());
    }

    public String save() {
        try {
            account.setParentId(parent == null ? null : parent.getId());
            boolean isNew = account.getId() == null;
            account = isNew ? accounts.createAccount(account) : accounts.updateAccount(account);
            warnings = account.getDuplicateWarnings();
            conflict = false;
            messages.info("account.saved", account.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/account/account?faces-redirect=true&id=" + account.getId();
        } catch (ConcurrentEditException e) {
            conflict = true;
            messages.refused(e, FIELDS);
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
        return null;
    }

    /** After a concurrent edit: discard my changes and show what was saved by the other user. */
    public void reload() {
        account = accounts.getAccount(id);
        conflict = false;
        messages.info("record.reloaded");
    }

    public String delete() {
        try {
            accounts.deleteAccount(id);
            messages.info("account.deleted", account.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/account/accounts?faces-redirect=true";
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
            return null;
        }
    }

    public List<AccountData> completeParent(String text) {
        return accounts.findAccounts(new PageQuery(0, 10, "name", true, text, null)).getItems().stream()
                .filter(a -> !a.getId().equals(id)).toList();
    }

    /** The account's deals (first 20 by close date); only for selling roles, who may see deals. */
    public List<OpportunityData> getDeals() {
        if (deals == null) {
            deals = new ArrayList<>(opportunities.findOpportunities(new PageQuery(0, 20, "closeDate", true, null,
                    Map.of("account", String.valueOf(account.getId())))).getItems());
        }
        return deals;
    }

    /** Purchase history: the account's invoices (contracts), newest first; for selling roles. */
    public List<com.acme.crm.quote.boundary.InvoiceData> getInvoices() {
        if (invoices == null) {
            invoices = new ArrayList<>(quotes.findInvoices(new PageQuery(0, 20, "issueDate", false, null,
                    Map.of("account", String.valueOf(account.getId())))).getItems());
        }
        return invoices;
    }

    /** The account's open service requests with their SLA state. */
    public List<com.acme.crm.service.boundary.ServiceRequestData> getOpenRequests() {
        if (openRequests == null) {
            openRequests = new ArrayList<>(serviceRequests.findRequests(new PageQuery(0, 20, "due", true, null,
                    Map.of("account", String.valueOf(account.getId()), "status", "open"))).getItems());
        }
        return openRequests;
    }

    public List<OwnerData> getOwners() { return users.owners(); }
    public RevenueBand[] getRevenueBands() { return RevenueBand.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AccountData getAccount() { return account; }
    public AccountData getParent() { return parent; }
    public void setParent(AccountData parent) { this.parent = parent; }
    public List<ContactData> getContacts() { return contacts; }
    public List<String> getWarnings() { return warnings; }
    public boolean isConflict() { return conflict; }
}
