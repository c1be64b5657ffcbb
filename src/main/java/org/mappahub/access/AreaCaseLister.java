package org.mappahub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The handler lists the cases behind an area's figures (the board dashboard's drill-downs): Responsible Authority
 * staff who run the area's MAPPA — its co-ordinators and chairs. A board member or lay adviser sees the figures
 * ({@link AggregateReader}) but never the list (403). The list itself is read as the user, under row-level security,
 * and each person on it audited as seen.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
public @interface AreaCaseLister {
}
