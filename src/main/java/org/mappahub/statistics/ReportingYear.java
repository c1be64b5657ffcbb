package org.mappahub.statistics;

import java.time.LocalDate;

import org.mappahub.rules.AnnualReportRules;

/**
 * Reporting year Y of the annual MAPPA statistics (shared/spec/statistics.md, "Terms"): the period 1 April Y to
 * 31 March Y+1, both days included, and the snapshot date 31 March Y+1.
 */
public record ReportingYear(int year) {

    public LocalDate periodStart() {
        return AnnualReportRules.YEAR_STARTS.atYear(year);
    }

    public LocalDate periodEnd() {
        return AnnualReportRules.YEAR_STARTS.atYear(year + 1).minusDays(1);
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
