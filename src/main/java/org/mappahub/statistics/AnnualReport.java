package org.mappahub.statistics;

/**
 * A year's figures with the year before's, as the report and the JSON contract give them ({@code previousYear} and
 * {@code change}: the percentage change of every count, null when last year's is 0 or either is null, rounded half away
 * from zero to two places).
 */
public record AnnualReport(AnnualStatistics thisYear, AnnualStatistics previousYear) {
}
