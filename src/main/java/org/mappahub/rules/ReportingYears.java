package org.mappahub.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * The MAPPA annual reporting year and the bounds the statistics pages check against.
 *
 * <p>Reporting year Y is 1 April Y to 31 March Y+1 ({@code shared/spec/statistics.md} "Terms"; MAPPA Guidance,
 * annual reports, MAPPA.md §10), its snapshot date 31 March Y+1.
 */
public final class ReportingYears {

    /**
     * The first reporting year: MAPPA began in April 2001 under the Criminal Justice and Court Services Act 2000
     * ss.67–68 (now Criminal Justice Act 2003 ss.325–327).
     */
    public static final int FIRST_YEAR = 2001;

    /**
     * The first year whose report prints the SHPO rows and the SRO figure (the 2015/16 report): SHPOs and SROs
     * replaced SOPOs, FTOs and RSHOs on 8 March 2015 ({@link CivilOrderRules#LEGACY_ORDERS_END}; Anti-social
     * Behaviour, Crime and Policing Act 2014 s.113 and Sch.5), so the first whole reporting year after it is 2015.
     */
    public static final int FIRST_SHPO_YEAR = CivilOrderRules.LEGACY_ORDERS_END.getYear();

    /**
     * The largest population figure accepted for an area: more than any police area's (and England and Wales's,
     * about 60 million, ONS mid-year estimates), so a figure above it is a typing error.
     */
    public static final long LARGEST_POPULATION = 100_000_000L;

    private ReportingYears() {
    }

    /** 1 April Y. */
    public static LocalDate periodStart(int year) {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    /** 31 March Y+1: the last day of the period and the snapshot date. */
    public static LocalDate periodEnd(int year) {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    /** The reporting year whose period contains the day. */
    public static int containing(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The last reporting year whose period had ended before {@code today}: the year before the one containing it. */
    public static int lastComplete(LocalDate today) {
        return containing(today) - 1;
    }

    /** Whether year Y's report prints the SHPO rows and the SRO figure (true) or the SOPO, NO and FTO rows. */
    public static boolean shpoLayout(int year) {
        return year >= FIRST_SHPO_YEAR;
    }

    /** A mid-year population estimate can be given for the mid-years from the first reporting year to this one. */
    public static boolean sensibleMidYear(int midYear, LocalDate today) {
        return midYear >= FIRST_YEAR && midYear <= today.getYear();
    }
}
