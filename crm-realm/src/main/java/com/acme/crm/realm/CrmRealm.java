package com.acme.crm.realm;

import com.sun.appserv.security.AppservRealm;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.security.auth.login.LoginException;

/**
 * A Payara/GlassFish security realm whose users are the CRM's: a login is whatever the deployed
 * CRM's {@code Logins} bean says it is (password, deactivation, throttling, the security log),
 * so an integration user made in the CRM logs in over IIOP with its CRM password and nothing is
 * configured per user in the server. Properties: {@code jaas-context} (default crmRealm) and
 * {@code logins} (the bean's global JNDI name, default {@value #DEFAULT_LOGINS}).
 *
 * <p>The realm lives in the server's class loader and the CRM in its application's, so the bean
 * is called by reflection, with JDK types only; no exception type of the server is named either,
 * so that the same jar fits the server versions whose realm exceptions moved between packages.
 */
public class CrmRealm extends AppservRealm {

    static final String JAAS_CONTEXT = "jaas-context";
    static final String LOGINS = "logins";
    static final String DEFAULT_LOGINS = "java:global/crm/crm-ejb/Logins";

    /** The groups of each user's latest login, for the server's role mapping outside a login. */
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    @Override
    protected void init(Properties properties) {
        try {
            super.init(properties);
        } catch (Exception e) {
            throw new IllegalStateException("The CRM realm could not start: " + e.getMessage(), e);
        }
        setProperty(JAAS_CONTEXT, properties.getProperty(JAAS_CONTEXT, "crmRealm"));
        setProperty(LOGINS, properties.getProperty(LOGINS, DEFAULT_LOGINS));
    }

    @Override
    public String getAuthType() {
        return "CRM users";
    }

    @Override
    public Enumeration<String> getGroupNames(String username) {
        return Collections.enumeration(groups.getOrDefault(username, List.of()));
    }

    /** The user's groups (the CRM roles) when the CRM accepts the login; refused otherwise. */
    String[] login(String username, char[] password) throws LoginException {
        Object logins;
        try {
            // looked up at each login: a redeployed CRM is a new bean in a new class loader
            logins = new InitialContext().lookup(getProperty(LOGINS));
        } catch (NamingException e) {
            throw refused("The CRM is not deployed (no " + getProperty(LOGINS) + "): remote logins wait for it", e);
        }
        Object answer;
        try {
            answer = publicMethod(logins.getClass()).invoke(logins, username, password);
        } catch (InvocationTargetException e) {
            throw refused("The CRM could not check the login: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw refused("The deployed CRM does not offer remote logins (" + e + ")", e);
        }
        if (!(answer instanceof String[] roles)) {
            throw new javax.security.auth.login.FailedLoginException("Wrong user name or password, or the user is deactivated");
        }
        groups.put(username, List.of(roles));
        return roles;
    }

    /**
     * {@code remoteLogin(String, char[])} as the public class declares it: the container's
     * proxy class need not be public, and a method found on it could not be called from here.
     */
    private static Method publicMethod(Class<?> type) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Modifier.isPublic(c.getModifiers())) {
                try {
                    return c.getDeclaredMethod("remoteLogin", String.class, char[].class);
                } catch (NoSuchMethodException notHere) {
                    // a generated subclass: look further up
                }
            }
        }
        throw new NoSuchMethodException("remoteLogin(String, char[]) on " + type.getName());
    }

    private static LoginException refused(String message, Throwable cause) {
        LoginException e = new LoginException(message);
        e.initCause(cause);
        return e;
    }
}
