package com.acme.crm.shared.api;

/** The caller sent too much too quickly (a public web form's rate limit): try again after the given seconds. */
public class TooManyRequestsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
