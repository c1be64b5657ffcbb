package org.mappahub.performance;

import java.time.LocalDate;

/**
 * One thing a measure counts, with the case it belongs to: a meeting, an invitation, an action, a referral, a
 * milestone or a person. {@code met} is true when it counts in the numerator, false when only in the denominator,
 * and null when it is not counted yet (its deadline is still to come) or at all (an initial meeting has no interval).
 *
 * @param group  what the figure is broken down by: the agency for attendance, the milestone, or null
 * @param detail the outcome or facts in words (for the drill-down list)
 */
public record MeasuredCase(String ref, String name, String bcu, LocalDate on, LocalDate due, String group,
                           String detail, Boolean met) {
}
