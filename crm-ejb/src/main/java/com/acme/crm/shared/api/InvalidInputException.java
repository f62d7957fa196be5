package com.acme.crm.shared.api;

import java.util.ArrayList;
import java.util.List;

/** The input breaks validation rules; each failing field is named. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ArrayList<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("Invalid input: " + fieldErrors.stream()
                .map(e -> e.getField() + " " + e.getMessage())
                .reduce((a, b) -> a + "; " + b).orElse(""));
        this.fieldErrors = new ArrayList<>(fieldErrors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> getFieldErrors() {
        return List.copyOf(fieldErrors);
    }
}
