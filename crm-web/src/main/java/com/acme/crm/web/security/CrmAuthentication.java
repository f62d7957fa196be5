package com.acme.crm.web.security;

import com.acme.crm.security.boundary.Logins;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.web.shared.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

/**
 * Two ways in, one user store: the UI logs in with a form and keeps the login in the HTTP
 * session; the REST API under /api is stateless and takes HTTP Basic on every request, and
 * answers 401 with a problem+json body instead of redirecting to the login page (429 while
 * the user name or address is locked after failed logins). Both check the password through
 * {@link Logins}, which throttles failures and takes as long for unknown user names.
 */
@ApplicationScoped
public class CrmAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute telling the login page until when a login is locked. */
    static final String LOCKED_UNTIL = "crm.login.lockedUntil";

    /** Request attribute telling the login page that the right password belongs to an integration account. */
    static final String INTEGRATION_ACCOUNT = "crm.login.integration";

    @Inject
    Logins logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            Logins.Outcome outcome = logins.attempt(login.getCaller(), login.getPasswordAsString(), ClientAddress.of(request), true);
            if (!outcome.valid()) {
                if (outcome.lockedUntil() != null) {
                    request.setAttribute(LOCKED_UNTIL, outcome.lockedUntil());
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (outcome.roles().contains(Role.INTEGRATION.name())) {
                // a system's account works through the API; said only after the right password
                request.setAttribute(INTEGRATION_ACCOUNT, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(outcome.username(), outcome.roles());
            return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
        }
        Principal loggedIn = request.getUserPrincipal();
        if (loggedIn != null) {
            return continueSession(context, loggedIn);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
            Logins.Outcome outcome = logins.attempt(credential == null ? "" : credential.getCaller(),
                    credential == null ? "" : credential.getPasswordAsString(), ClientAddress.of(request), false);
            if (outcome.valid()) {
                return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
            }
            if (outcome.lockedUntil() != null) {
                SecurityHeaders.apply(request, response);
                return locked(response, outcome.lockedUntil());
            }
            SecurityHeaders.apply(request, response);
            return unauthorized(response, "Wrong user name or password, or the user is deactivated.");
        }
        if (context.isProtected()) {
            SecurityHeaders.apply(request, response);
            return unauthorized(response, "Authenticate with HTTP Basic as a CRM user.");
        }
        return context.doNothing();
    }

    /** Re-applies the login kept in the session (what @AutoApplySession does, but not for /api). */
    private static AuthenticationStatus continueSession(HttpMessageContext context, Principal principal) {
        try {
            context.getHandler().handle(new javax.security.auth.callback.Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | javax.security.auth.callback.UnsupportedCallbackException e) {
            throw new IllegalStateException("Cannot continue the session login", e);
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"crm\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 with the time to wait: too many failed logins for this user name or from this address. */
    private static AuthenticationStatus locked(HttpServletResponse response, java.time.Instant until) {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), until).toSeconds());
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"" + lockMessage(seconds) + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The same words for a known and an unknown user name: a lock tells nothing about which names exist. */
    static String lockMessage(long seconds) {
        long minutes = (seconds + 59) / 60;
        return "Too many failed logins for this user name or from this address. Try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ", or ask an admin to set a new password.";
    }

    static UsernamePasswordCredential decodeBasic(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }
}
