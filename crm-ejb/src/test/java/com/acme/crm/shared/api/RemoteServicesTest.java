package com.acme.crm.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import java.rmi.RemoteException;
import org.junit.jupiter.api.Test;

class RemoteServicesTest {

    /** Stands in for a remote interface such as AccountService. */
    interface Desk {
        String answer(String question);
    }

    private static Desk throwing(RuntimeException e) {
        return question -> {
            throw e;
        };
    }

    @Test
    void answersPassThrough() {
        Desk desk = RemoteServices.explained(Desk.class, (Desk) q -> "yes to " + q);
        assertEquals("yes to renewal", desk.answer("renewal"));
    }

    @Test
    void theServersLoginRefusalBecomesNotAuthenticated() {
        Desk desk = RemoteServices.explained(Desk.class, throwing(new EJBAccessException("CORBA NO_PERMISSION 0 No")));
        NotAuthenticatedException e = assertThrows(NotAuthenticatedException.class, () -> desk.answer("x"));
        assertEquals("Log in as an active CRM user to use this service", e.getMessage());
        assertEquals(null, e.getCause(), "the server's stack trace does not travel on");
    }

    @Test
    void aRefusalWrappedByTheOrbIsRecognisedToo() {
        var wrapped = new jakarta.ejb.EJBException(new RemoteException("refused", new java.rmi.AccessException("NO_PERMISSION")));
        Desk desk = RemoteServices.explained(Desk.class, throwing(wrapped));
        assertThrows(NotAuthenticatedException.class, () -> desk.answer("x"));
    }

    @Test
    void theCrmsOwnRefusalsAndOtherFailuresArriveUnchanged() {
        AccessDeniedException denied = new AccessDeniedException("You can only see your team's accounts");
        assertSame(denied, assertThrows(AccessDeniedException.class,
                () -> RemoteServices.explained(Desk.class, throwing(denied)).answer("x")));
        IllegalStateException broken = new IllegalStateException("connection lost");
        assertSame(broken, assertThrows(IllegalStateException.class,
                () -> RemoteServices.explained(Desk.class, throwing(broken)).answer("x")));
    }

    @Test
    void aLoginRefusedDuringTheLookupBecomesNotAuthenticated() {
        javax.naming.NamingException refused = new javax.naming.NamingException("Lookup failed");
        refused.setRootCause(new java.rmi.AccessException("CORBA NO_PERMISSION"));
        javax.naming.Context context = (javax.naming.Context) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.naming.Context.class}, (p, m, a) -> {
                    throw refused;
                });
        assertThrows(NotAuthenticatedException.class, () -> RemoteServices.lookup(context, Desk.class, "java:global/x"));

        javax.naming.NameNotFoundException missing = new javax.naming.NameNotFoundException("java:global/x");
        javax.naming.Context empty = (javax.naming.Context) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.naming.Context.class}, (p, m, a) -> {
                    throw missing;
                });
        assertSame(missing, assertThrows(javax.naming.NameNotFoundException.class,
                () -> RemoteServices.lookup(empty, Desk.class, "java:global/x")));
    }
}
