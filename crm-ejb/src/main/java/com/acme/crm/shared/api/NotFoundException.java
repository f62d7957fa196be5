package com.acme.crm.shared.api;

/** The record does not exist (or no longer exists). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " does not exist");
    }
}
