package org.mappahub.statistics;

import java.time.LocalDate;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;

/** What a person's spans say about one day (shared/spec/statistics.md, "Terms"). */
final class DayFacts {

    private DayFacts() {
    }

    /** The level span covering {@code day}, or 0: not MAPPA-eligible that day. */
    static int levelOn(NominalRecord person, LocalDate day) {
        for (LevelSpan span : person.levels()) {
            if (span.covers(day)) {
                return span.level();
            }
        }
        return 0;
    }

    /** The category span covering {@code day}, or 0. */
    static int categoryOn(NominalRecord person, LocalDate day) {
        for (CategorySpan span : person.categories()) {
            if (span.covers(day)) {
                return span.category();
            }
        }
        return 0;
    }

    /** No custody span (prison or hospital) covers {@code day}. */
    static boolean inCommunity(NominalRecord person, LocalDate day) {
        for (CustodySpan span : person.custody()) {
            if (span.covers(day)) {
                return false;
            }
        }
        return true;
    }
}
