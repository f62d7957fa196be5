package com.acme.crm.shared.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * For remote callers: wraps a looked-up CRM service so that a refused login arrives as
 * {@link NotAuthenticatedException}, like every other refusal arrives as a business exception.
 *
 * <p>Why on the client: the server checks an IIOP caller's credentials before any CRM code
 * runs and answers a missing, wrong or deactivated login with the platform's access error
 * ({@code EJBAccessException}, CORBA {@code NO_PERMISSION}). The CRM's beans refuse roles and
 * records themselves with {@link AccessDeniedException}, never with that error, so here it can
 * only mean "not logged in". The check goes by class name so this jar needs no particular
 * server's or API's classes at run time.
 */
public final class RemoteServices {

    /** What the platform throws when the server refused the caller's login. */
    private static final Set<String> LOGIN_REFUSALS = Set.of(
            "jakarta.ejb.EJBAccessException", "javax.ejb.EJBAccessException",
            "org.omg.CORBA.NO_PERMISSION", "java.rmi.AccessException");

    private RemoteServices() {
    }

    /**
     * Looks a service up and wraps it. Some servers already call the bean's server-side home
     * during the lookup, so a refused login can arrive here, before the first call.
     *
     * @param name its JNDI name, e.g. {@code java:global/crm/crm-ejb/Accounts!com.acme.crm.account.boundary.AccountService}
     */
    public static <T> T lookup(javax.naming.Context context, Class<T> type, String name) throws javax.naming.NamingException {
        Object bean;
        try {
            bean = context.lookup(name);
        } catch (javax.naming.NamingException | RuntimeException e) {
            if (isLoginRefusal(e)) {
                throw notAuthenticated(e);
            }
            throw e;
        }
        return explained(type, bean);
    }

    /**
     * @param type the remote interface, e.g. {@code AccountService.class}
     * @param bean what the naming context returned for it
     */
    public static <T> T explained(Class<T> type, Object bean) {
        T service = type.cast(bean);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(service, args);
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw isLoginRefusal(cause) ? notAuthenticated(cause) : cause;
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Without the refusal as its cause: the ORB's message carries the server's stack trace. */
    private static NotAuthenticatedException notAuthenticated(Throwable refusal) {
        return new NotAuthenticatedException();
    }

    static boolean isLoginRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException) {
                return false;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (LOGIN_REFUSALS.contains(c.getName())) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
