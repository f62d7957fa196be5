package com.acme.crm.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void returnsToTheRequestedPageInsideTheApplication() {
        assertEquals("/account/account.xhtml?id=5", next("/account/account.xhtml?id=5"));
    }

    @Test
    void neverRedirectsOutsideTheApplicationOrBackToLogin() {
        assertEquals("/index.xhtml", next("//evil.example/phish"));
        assertEquals("/index.xhtml", next("https://evil.example/"));
        assertEquals("/index.xhtml", next("/login.xhtml"));
        assertEquals("/index.xhtml", next(null));
    }

    private static String next(String requested) {
        LoginView view = new LoginView();
        view.setNext(requested);
        return view.safeNext();
    }
}
