package com.acme.crm.shared.api;

/** The record is not in a state that allows this step (e.g. qualifying a converted lead). */
public class InvalidStatusChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidStatusChangeException(String message) {
        super(message);
    }
}
