package org.mappahub.statistics;

/**
 * Where the pages, downloads and renderers get a report from: the year's figures with the year before's, computed as
 * {@code shared/spec/statistics.md} defines them. The computation implements it; nothing here computes a figure.
 */
public interface AnnualReports {

    /** The area code written in place of an area for England and Wales. */
    String NATIONAL = "NATIONAL";

    /**
     * The report of reporting year {@code year} (1 April Y to 31 March Y+1) for {@code area}, or for England and Wales
     * when {@code area} is {@link #NATIONAL}, with {@code previousYear} the figures of year Y−1.
     */
    AnnualReport report(String area, int year);
}
