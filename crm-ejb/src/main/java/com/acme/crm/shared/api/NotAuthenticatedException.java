package com.acme.crm.shared.api;

/** No active CRM user is behind the call (anonymous, unknown or deactivated). */
public class NotAuthenticatedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Log in as an active CRM user to use this service");
    }
}
