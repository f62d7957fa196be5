package com.acme.crm.web.account;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.OwnedRecordList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The accounts list: search box, "only mine", lazy paging and sorting in the database. */
@Named
@ViewScoped
public class AccountsView extends OwnedRecordList<AccountData> {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Override
    protected Page<AccountData> fetch(PageQuery query) {
        return accounts.findAccounts(query);
    }
}
