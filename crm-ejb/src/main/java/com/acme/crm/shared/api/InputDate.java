package com.acme.crm.shared.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A date or time within the years the CRM accepts ({@link InputDates}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InputDate.Check.class)
public @interface InputDate {

    String message() default InputDates.RANGE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<InputDate, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof LocalDate day) {
                return InputDates.inRange(day.getYear());
            } else if (value instanceof LocalDateTime time) {
                return InputDates.inRange(time.getYear());
            }
            return true;
        }
    }
}
