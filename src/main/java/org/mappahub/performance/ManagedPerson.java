package org.mappahub.performance;

/**
 * Someone in the managed population on a day: a MAPPA category recorded for that day and the record in the area.
 *
 * @param level     1, 2 or 3, or 0 when no level is recorded for the day
 * @param inCustody a custody span (prison or hospital) covers the day
 */
public record ManagedPerson(String ref, String name, String bcu, int category, int level, String gender,
                            String ethnicity, String ageBand, boolean inCustody) {
}
