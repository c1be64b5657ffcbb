package org.mappahub.rules;

import java.time.MonthDay;

/**
 * The numbers of the MAPPA annual report's statistical section (shared/spec/statistics.md, after the MAPPA Guidance
 * chapter on annual reports and the Ministry of Justice's "MAPPA annual report" statistical tables): the reporting
 * year runs 1 April to 31 March, registered sexual offenders are given per 100,000 of the population aged 10 and over,
 * and the year-on-year change is a percentage to 2 decimal places.
 */
public final class AnnualReportRules {

    /** Reporting year Y starts on this day of year Y and ends the day before it in Y+1. */
    public static final MonthDay YEAR_STARTS = MonthDay.of(4, 1);

    /** "Registered sexual offenders per 100,000 population". */
    public static final int RATE_PER = 100_000;

    /** Decimal places of the year-on-year percentage change. */
    public static final int CHANGE_DECIMAL_PLACES = 2;

    private AnnualReportRules() {
    }
}
