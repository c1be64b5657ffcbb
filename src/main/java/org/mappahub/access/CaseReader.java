package org.mappahub.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The handler shows case data: only users whose role reads cases may call it (Responsible Authority case
 * roles, and DTC representatives for what is shared with their agency). Which records and which parts of
 * them is then {@link CaseAccess}'s decision, record by record.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('PRACTITIONER', 'COORDINATOR', 'CHAIR', 'MINUTE_TAKER', 'VICTIM_LIAISON_OFFICER', "
        + "'DTC_REPRESENTATIVE')")
public @interface CaseReader {
}
