package com.acme.crm.web.account;

import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The contacts list, like the accounts list. */
@Named
@ViewScoped
public class ContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String search;
    private boolean onlyMine;

    private final PagedModel<ContactData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ContactData> fetch(PageQuery query) {
            return accounts.findContacts(query);
        }

        @Override
        protected String search() {
            return search;
        }

        @Override
        protected Map<String, String> filters() {
            return onlyMine ? Map.of("owner", "me") : Map.of();
        }
    };

    public PagedModel<ContactData> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isOnlyMine() { return onlyMine; }
    public void setOnlyMine(boolean onlyMine) { this.onlyMine = onlyMine; }
}
