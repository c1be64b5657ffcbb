package org.mappahub.statistics;

import java.time.LocalDate;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.AreaSpan;

/**
 * "In area A on d" (shared/spec/statistics.md, "Terms"), or, nationally, "in any area on d".
 *
 * @param area an area code, or {@link #NATIONAL}
 */
public record AreaScope(String area) {

    public static final String NATIONAL = AnnualReports.NATIONAL;

    public boolean national() {
        return NATIONAL.equals(area);
    }

    /** The person is in this scope on {@code day}. */
    boolean holds(NominalRecord person, LocalDate day) {
        String where = areaOn(person, day);
        return where != null && (national() || where.equals(area));
    }

    /**
     * The area a person is in on {@code day}: with no {@code areas} history, their owning area on every day;
     * with one, the area whose span covers the day, and none (null) on a day no span covers.
     */
    static String areaOn(NominalRecord person, LocalDate day) {
        if (person.areas().isEmpty()) {
            return person.area();
        }
        for (AreaSpan span : person.areas()) {
            if (span.covers(day)) {
                return span.area();
            }
        }
        return null;
    }
}
