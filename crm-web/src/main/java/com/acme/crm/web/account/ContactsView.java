package com.acme.crm.web.account;

import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.OwnedRecordList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The contacts list, like the accounts list. */
@Named
@ViewScoped
public class ContactsView extends OwnedRecordList<ContactData> {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Override
    protected Page<ContactData> fetch(PageQuery query) {
        return accounts.findContacts(query);
    }
}
