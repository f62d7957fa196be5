package com.acme.crm.web.account;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The accounts list: search box, "only mine", lazy paging and sorting in the database. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String search;
    private boolean onlyMine;

    private final PagedModel<AccountData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AccountData> fetch(PageQuery query) {
            return accounts.findAccounts(query);
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

    public PagedModel<AccountData> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isOnlyMine() { return onlyMine; }
    public void setOnlyMine(boolean onlyMine) { this.onlyMine = onlyMine; }
}
