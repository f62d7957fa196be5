package com.acme.crm.web.security;

import com.acme.crm.web.shared.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    FacesMessages messages;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> {
                if (request.getAttribute(CrmAuthentication.LOCKED_UNTIL) instanceof java.time.Instant until) {
                    messages.warn(CrmAuthentication.lockMessage(java.time.Duration.between(java.time.Instant.now(), until).toSeconds()));
                } else if (request.getAttribute(CrmAuthentication.INTEGRATION_ACCOUNT) != null) {
                    messages.error(null, "login.integration");
                } else {
                    messages.error(null, "login.failed");
                }
            }
            default -> {
                request.changeSessionId(); // a new session id after login defeats session fixation
                external.redirect(external.getRequestContextPath() + safeNext());
            }
        }
    }

    /** Only paths inside the application, so the login page cannot be used to send users elsewhere. */
    String safeNext() {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login")
                ? next : "/index.xhtml";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
