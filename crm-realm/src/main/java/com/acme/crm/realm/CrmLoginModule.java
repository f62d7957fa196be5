package com.acme.crm.realm;

import com.sun.appserv.security.AppservPasswordLoginModule;
import javax.security.auth.login.LoginException;

/** The JAAS side of {@link CrmRealm}: the server hands it the caller's name and password, the CRM decides. */
public class CrmLoginModule extends AppservPasswordLoginModule {

    @Override
    protected void authenticateUser() throws LoginException {
        if (!(_currentRealm instanceof CrmRealm realm)) {
            throw new LoginException("CrmLoginModule belongs to a realm of class " + CrmRealm.class.getName()
                    + ", not " + (_currentRealm == null ? "none" : _currentRealm.getClass().getName()));
        }
        commitUserAuthentication(realm.login(_username, getPasswordChar()));
    }
}
