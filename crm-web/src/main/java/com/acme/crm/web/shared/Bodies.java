package com.acme.crm.web.shared;

import com.acme.crm.shared.api.InvalidInputException;

/** Request bodies REST resources cannot do without. */
public final class Bodies {

    private Bodies() {
    }

    /** The body, or a 400 problem saying it is missing (instead of a null pointer deep inside). */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required (JSON)");
        }
        return body;
    }

    /** The version the caller read, which every change must send back (optimistic locking). */
    public static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send back the version you read");
        }
        return version;
    }
}
