package com.acme.crm.web.security;

import com.acme.crm.security.boundary.CallerData;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.boundary.Users;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/** The logged-in user, for the menu and for showing what their roles allow; and logout. */
@Named
@SessionScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    private CallerData caller;

    public CallerData getCaller() {
        if (caller == null) {
            caller = users.me();
        }
        return caller;
    }

    public boolean isAdmin() {
        return getCaller().hasRole(Role.ADMIN);
    }

    /** Managers (and admins) may override stage criteria and reopen closed deals. */
    public boolean isManager() {
        return getCaller().hasRole(Role.SALES_MANAGER) || isAdmin();
    }

    /** Support agents (and admins) work service requests. */
    public boolean isSupport() {
        return getCaller().hasRole(Role.SUPPORT_AGENT) || isAdmin();
    }

    public boolean isSelling() {
        return getCaller().hasRole(Role.SALES_REP) || getCaller().hasRole(Role.SALES_MANAGER) || isAdmin();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + CrmAuthentication.LOGIN_PAGE);
    }
}
