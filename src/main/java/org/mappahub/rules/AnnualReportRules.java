package org.mappahub.rules;

/**
 * The numbers of the MAPPA annual report's statistical section (shared/spec/statistics.md, after the MAPPA Guidance
 * chapter on annual reports and the Ministry of Justice's "MAPPA annual report" statistical tables): registered sexual
 * offenders are given per 100,000 of the population aged 10 and over, and the year-on-year change is a percentage to
 * 2 decimal places. The reporting year itself is {@link ReportingYears}.
 */
public final class AnnualReportRules {

    /** "Registered sexual offenders per 100,000 population". */
    public static final int RATE_PER = 100_000;

    /** Decimal places of the year-on-year percentage change. */
    public static final int CHANGE_DECIMAL_PLACES = 2;

    private AnnualReportRules() {
    }
}
