package org.mappahub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The handler manages an area's MAPPA arrangements (its policy settings): co-ordinators only, and only of their
 * own area, which the handler takes from the signed-in user ({@link CaseAccess#viewer()}), never from the request.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('COORDINATOR')")
public @interface Coordinator {
}
