package com.acme.crm.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record cannot enter a state (a deal a stage) because rules for entering it are not met;
 * the message and the field errors say exactly what is missing.
 */
public class CriteriaNotMetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ArrayList<FieldError> missing;

    public CriteriaNotMetException(String what, List<FieldError> missing, String hint) {
        super(what + ": " + missing.stream().map(FieldError::getMessage).collect(Collectors.joining("; ")) + "."
                + (hint == null ? "" : " " + hint));
        this.missing = new ArrayList<>(missing);
    }

    public List<FieldError> getFieldErrors() {
        return List.copyOf(missing);
    }
}
