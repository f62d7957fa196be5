package com.acme.crm.shared.api;

/** The record cannot be deleted because other records depend on it. */
public class RecordInUseException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordInUseException(String message) {
        super(message);
    }
}
