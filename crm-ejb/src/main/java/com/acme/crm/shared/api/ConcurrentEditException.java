package com.acme.crm.shared.api;

/**
 * Someone else saved the record after the caller loaded it. Nothing was saved; the caller
 * reloads and applies their change again.
 */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else after you opened it."
                + " Nothing was saved: reload it and apply your change again.");
    }

    /** For what is not one record: {@code what} says what was changed meanwhile, as a whole sentence. */
    public ConcurrentEditException(String what) {
        super(what + " Nothing was saved: reload and apply your change again.");
    }
}
