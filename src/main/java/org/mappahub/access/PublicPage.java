package org.mappahub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.annotation.security.PermitAll;

/** The handler is deliberately open to anyone, signed in or not (the sign-in page). Use sparingly. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PermitAll
public @interface PublicPage {
}
