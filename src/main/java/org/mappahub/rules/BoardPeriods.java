package org.mappahub.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * The periods of the Strategic Management Board's performance dashboard and its diversity age bands. The board
 * watches performance at least quarterly (MAPPA.md §10); its quarters are those of the MAPPA reporting year
 * ({@link ReportingYears}: 1 April to 31 March), so quarter 1 is April–June, 2 July–September, 3 October–December and
 * 4 January–March of the following calendar year. Year to date runs from 1 April to the quarter's last day.
 */
public final class BoardPeriods {

    /** Four quarters of three months in a reporting year. */
    public static final int QUARTERS = 4;
    static final int MONTHS_PER_QUARTER = 3;

    /**
     * Issue 6 (diversity monitoring of the managed population): the age bands' lower bounds in whole years on the
     * period's last day. A product decision, not statute: the bands of the Ministry of Justice's offender equalities
     * tables (18–20, 21–24, 25–29, 30–39, 40–49, 50–59, 60 and over), with "under 18" for the youth cases MAPPA
     * also manages.
     */
    static final int[] AGE_BAND_FROM = {0, 18, 21, 25, 30, 40, 50, 60};
    static final String[] AGE_BAND_WORDS = {"Under 18", "18 to 20", "21 to 24", "25 to 29", "30 to 39", "40 to 49",
            "50 to 59", "60 and over"};

    private BoardPeriods() {
    }

    /** A period of days, both ends included. */
    public record Span(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The quarter ({@code 1}–{@code 4}) of reporting year {@code year}. */
    public static Span quarter(int year, int quarter) {
        if (quarter < 1 || quarter > QUARTERS) {
            throw new IllegalArgumentException("a reporting year has quarters 1 to 4, not " + quarter);
        }
        LocalDate from = ReportingYears.periodStart(year).plusMonths((long) (quarter - 1) * MONTHS_PER_QUARTER);
        return new Span(from, from.plusMonths(MONTHS_PER_QUARTER).minusDays(1));
    }

    /** From the start of the reporting year to the last day of its quarter {@code quarter}. */
    public static Span yearToDate(int year, int quarter) {
        return new Span(ReportingYears.periodStart(year), quarter(year, quarter).to());
    }

    /** The quarter (1–4) of its reporting year that {@code day} falls in. */
    public static int quarterOf(LocalDate day) {
        int months = (int) Period.between(ReportingYears.periodStart(ReportingYears.containing(day)), day).toTotalMonths();
        return months / MONTHS_PER_QUARTER + 1;
    }

    /** The words of a quarter, "April to June 2026". */
    public static String words(int year, int quarter) {
        Span span = quarter(year, quarter);
        return month(span.from()) + " to " + month(span.to()) + " " + span.to().getYear();
    }

    private static String month(LocalDate day) {
        String name = day.getMonth().name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    /** The age band of someone born on {@code born}, on {@code day}. */
    public static String ageBand(LocalDate born, LocalDate day) {
        int age = Period.between(born, day).getYears();
        String band = AGE_BAND_WORDS[0];
        for (int i = 0; i < AGE_BAND_FROM.length; i++) {
            if (age >= AGE_BAND_FROM[i]) {
                band = AGE_BAND_WORDS[i];
            }
        }
        return band;
    }

    /** The bands in order, for a table that shows every band (an empty one as 0). */
    public static java.util.List<String> ageBands() {
        return java.util.List.of(AGE_BAND_WORDS);
    }
}
