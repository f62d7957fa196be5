package com.acme.crm.shared.api;

import java.io.Serializable;

/**
 * One invalid field: its name as the caller sent it and what is wrong with it. (Types that
 * cross the remote interface are plain serializable classes, not records: the IIOP
 * marshalling of the server's ORB predates records.)
 */
public final class FieldError implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String message;

    public FieldError(String field, String message) {
        this.field = field;
        this.message = message;
    }

    public String getField() {
        return field;
    }

    public String getMessage() {
        return message;
    }
}
