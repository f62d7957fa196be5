package com.acme.crm.shared.api;

/** The caller is known but their role or the record's visibility does not allow this. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
