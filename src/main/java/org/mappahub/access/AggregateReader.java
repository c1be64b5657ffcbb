package org.mappahub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The handler shows aggregate figures only (the annual statistics), never a record: Strategic Management Board members
 * and lay advisers, whose role sees nothing else, and the area's co-ordinators and chairs. Which areas' figures is
 * the handler's to check ({@link Viewer#readsStatisticsOf}): the user's own and England and Wales's.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('BOARD_MEMBER', 'COORDINATOR', 'CHAIR')")
public @interface AggregateReader {
}
