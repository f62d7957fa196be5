package com.acme.crm.web.account;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One contact: create (optionally for an account), edit, delete. */
@Named
@ViewScoped
public class ContactView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("lastName", "form:lastName", "firstName", "form:firstName",
            "email", "form:email", "phone", "form:phone", "mobile", "form:mobile", "ownerId", "form:owner",
            "accountId", "form:account");

    @Inject Accounts accounts;
    @Inject Users users;
    @Inject FacesMessages messages;

    private Long id;
    private Long accountId;
    private ContactData contact;
    private AccountData account;
    private boolean conflict;

    public void load() {
        if (id == null) {
            contact = new ContactData();
            account = accountId == null ? null : RecordPage.open(() -> accounts.getAccount(accountId));
            return;
        }
        contact = RecordPage.open(() -> accounts.getContact(id));
        if (contact != null && contact.getAccountId() != null) {
            account = RecordPage.open(() -> accounts.getAccount(contact.getAccountId()));
        }
    }

    public String save() {
        try {
            contact.setAccountId(account == null ? null : account.getId());
            contact = contact.getId() == null ? accounts.createContact(contact) : accounts.updateContact(contact);
            conflict = false;
            messages.info("contact.saved", contact.getFullName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/contact/contact?faces-redirect=true&id=" + contact.getId();
        } catch (ConcurrentEditException e) {
            conflict = true;
            messages.refused(e, FIELDS);
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
        return null;
    }

    public void reload() {
        contact = accounts.getContact(id);
        conflict = false;
        messages.info("record.reloaded");
    }

    public String delete() {
        try {
            accounts.deleteContact(id);
            messages.info("contact.deleted", contact.getFullName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/contact/contacts?faces-redirect=true";
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
            return null;
        }
    }

    public List<AccountData> completeAccount(String text) {
        return accounts.findAccounts(new PageQuery(0, 10, "name", true, text, null)).getItems();
    }

    public List<OwnerData> getOwners() { return users.owners(); }
    public BuyingRole[] getBuyingRoles() { return BuyingRole.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public ContactData getContact() { return contact; }
    public AccountData getAccount() { return account; }
    public void setAccount(AccountData account) { this.account = account; }
    public boolean isConflict() { return conflict; }
}
