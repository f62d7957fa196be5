package com.acme.crm.web.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method answers when its Java return type does not say (a {@code Response}
 * with 201 Created, a JSON object built by hand): the status, and the body's type or the name
 * of a schema of the API description. Read by the API description only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    int status() default 200;

    /** The body's Java type; {@code Void} for no body. */
    Class<?> value() default Void.class;

    /** A schema of the description's components instead of a Java type (e.g. {@code EventFeed}). */
    String schema() default "";

    /** The body is a list of {@link #value}. */
    boolean list() default false;

    /** The fields of a form-urlencoded body, as this type's properties (the Java parameter is a map). */
    Class<?> formFields() default Void.class;

    /** What else a caller must know that the parameters do not say (shown with the operation). */
    String note() default "";
}
