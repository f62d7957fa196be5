package com.acme.crm.web.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource anyone may call without a CRM login (its paths are listed as public in web.xml):
 * the API description, the web forms' post. Read by the API description, which gives such
 * operations no security requirement and no 401 or 403 answers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Public {

    /** The operations are rate limited: they may answer 429 with Retry-After. */
    boolean rateLimited() default false;
}
