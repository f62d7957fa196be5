package com.acme.crm.shared.api;

import jakarta.ejb.ApplicationException;

/**
 * Root of every rule violation the CRM reports to its callers. It rolls back the use case's
 * transaction and reaches remote, REST and Faces callers unwrapped, so each can explain it.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String message) {
        super(message);
    }
}
