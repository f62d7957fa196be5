package com.acme.crm.shared.control;

import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a boundary's input with its Bean Validation constraints and reports every failing
 * field at once as an {@link InvalidInputException}, which remote callers can catch by type
 * (a raw ConstraintViolationException would reach them wrapped in an EJBException).
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        List<FieldError> errors = validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }
}
