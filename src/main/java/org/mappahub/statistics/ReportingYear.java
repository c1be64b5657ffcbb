package org.mappahub.statistics;

import java.time.LocalDate;

import org.mappahub.rules.ReportingYears;

/**
 * Reporting year Y of the annual MAPPA statistics (shared/spec/statistics.md, "Terms"): the period 1 April Y to
 * 31 March Y+1, both days included, and the snapshot date 31 March Y+1.
 */
public record ReportingYear(int year) {

    public LocalDate periodStart() {
        return ReportingYears.periodStart(year);
    }

    public LocalDate periodEnd() {
        return ReportingYears.periodEnd(year);
    }

    public LocalDate snapshotDate() {
        return periodEnd();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(periodStart()) && !day.isAfter(periodEnd());
    }

    public ReportingYear previous() {
        return new ReportingYear(year - 1);
    }
}
