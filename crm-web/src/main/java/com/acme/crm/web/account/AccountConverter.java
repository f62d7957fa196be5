package com.acme.crm.web.account;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.shared.api.BusinessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lets account pickers (auto-complete) carry an account by its id; visibility is checked on the way back. */
@Named
@ApplicationScoped
public class AccountConverter implements Converter<AccountData> {

    @Inject
    Accounts accounts;

    @Override
    public AccountData getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return accounts.getAccount(Long.parseLong(value));
        } catch (NumberFormatException | BusinessException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AccountData value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
