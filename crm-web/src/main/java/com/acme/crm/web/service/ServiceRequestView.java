package com.acme.crm.web.service;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.service.boundary.ServiceChannel;
import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.service.boundary.ServiceRequestData;
import com.acme.crm.service.boundary.ServiceRequests;
import com.acme.crm.service.boundary.ServiceType;
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

/** One service request: open it, describe it, plan a visit, and work it through to resolution, with notes and history. */
@Named
@ViewScoped
public class ServiceRequestView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("subject", "form:subject"),
            Map.entry("accountId", "form:account"), Map.entry("contactId", "form:contact"), Map.entry("resolution", "work:resolution"),
            Map.entry("note", "work:note"), Map.entry("visitFrom", "form:visitFrom"), Map.entry("visitTo", "form:visitTo"),
            Map.entry("satisfaction", "work:satisfaction"), Map.entry("assigneeId", "work:assignee"));

    @Inject ServiceRequests requests;
    @Inject Accounts accounts;
    @Inject Users users;
    @Inject com.acme.crm.quote.boundary.Catalogue catalogue;
    @Inject FacesMessages messages;

    private Long id;
    private Long accountId;
    private ServiceRequestData request;
    private AccountData account;
    private final UseCaseStep step = new UseCaseStep(FIELDS);
    private String note;
    private boolean noteForCustomer;
    private String resolution;
    private Integer satisfaction;
    private Long assigneeId;
    private ArrayList<OwnerData> agents;
    private ArrayList<com.acme.crm.quote.boundary.ProductData> products;

    public void load() {
        if (id == null) {
            request = new ServiceRequestData();
            request.setChannel(ServiceChannel.PHONE);
            request.setType(ServiceType.PROBLEM);
            request.setPriority(ServicePriority.NORMAL);
            account = accountId == null ? null : RecordPage.open(() -> accounts.getAccount(accountId));
            return;
        }
        request = RecordPage.open(() -> requests.getRequest(id));
        if (request != null) {
            account = accounts.getAccount(request.getAccountId());
        }
    }

    public String save() {
        boolean isNew = request.getId() == null;
        request.setAccountId(account == null ? null : account.getId());
        if (act(() -> isNew ? requests.openRequest(request) : requests.updateRequest(request), "service.saved") && isNew) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/service/request?faces-redirect=true&id=" + request.getId();
        }
        return null;
    }

    public void take() {
        act(() -> requests.assign(request.getId(), request.getVersion(), null), "service.taken");
    }

    public void assign() {
        act(() -> requests.assign(request.getId(), request.getVersion(), assigneeId), "service.assigned");
    }

    public void start() {
        act(() -> requests.startWork(request.getId(), request.getVersion()), "service.started");
    }

    public void waitOnCustomer() {
        act(() -> requests.waitOnCustomer(request.getId(), request.getVersion()), "service.waiting");
    }

    public void resume() {
        act(() -> requests.resume(request.getId(), request.getVersion()), "service.resumed");
    }

    public void resolve() {
        if (act(() -> requests.resolve(request.getId(), request.getVersion(), resolution, satisfaction), "service.resolved")) {
            resolution = null;
        }
    }

    public void close() {
        act(() -> requests.close(request.getId(), request.getVersion(), satisfaction), "service.closed");
    }

    public void reopen() {
        act(() -> requests.reopen(request.getId(), request.getVersion()), "service.reopened");
    }

    public void addNote() {
        if (act(() -> requests.addNote(request.getId(), request.getVersion(), note, noteForCustomer), "service.noted")) {
            note = null;
            noteForCustomer = false;
        }
    }

    public void reload() {
        load();
        step.resolved();
        messages.info("record.reloaded");
    }

    private boolean act(Supplier<ServiceRequestData> call, String doneKey) {
        return step.run(messages, call, r -> request = r, doneKey,
                r -> new Object[] {r.getSubject(), r.getAssigneeName() == null ? "" : r.getAssigneeName()});
    }

    public List<AccountData> completeAccount(String text) {
        return accounts.findAccounts(new PageQuery(0, 10, "name", true, text, null)).getItems();
    }

    public List<ContactData> getContacts() {
        return account == null || account.getId() == null ? List.of() : accounts.getContactsOfAccount(account.getId());
    }

    /** Products the request may concern. */
    public List<com.acme.crm.quote.boundary.ProductData> getProducts() {
        if (products == null) {
            products = new ArrayList<>(catalogue.findProducts(new PageQuery(0, 200, "code", true, null, null)).getItems());
        }
        return products;
    }

    /** The account's contracts (invoices) the request may concern. */
    public List<com.acme.crm.quote.boundary.InvoiceData> getContracts() {
        return account == null || account.getId() == null ? List.of() : requests.contractsOf(account.getId());
    }

    /** Support agents, to assign requests and visits to. */
    public List<OwnerData> getAgents() {
        if (agents == null) {
            agents = new ArrayList<>(users.agents());
        }
        return agents;
    }

    public ServiceChannel[] getChannels() { return ServiceChannel.values(); }
    public ServiceType[] getTypes() { return ServiceType.values(); }
    public ServicePriority[] getPriorities() { return ServicePriority.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public ServiceRequestData getRequest() { return request; }
    public AccountData getAccount() { return account; }
    public void setAccount(AccountData account) { this.account = account; }
    public boolean isConflict() { return step.isConflict(); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isNoteForCustomer() { return noteForCustomer; }
    public void setNoteForCustomer(boolean noteForCustomer) { this.noteForCustomer = noteForCustomer; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
}
