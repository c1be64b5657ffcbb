package org.mappahub.statistics;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Year-on-year change and the rounding of the rate per 100,000 (shared/spec/statistics.md). */
class PercentageChangeTest {

    @Test
    void changeIsThisMinusLastOverLastTimesAHundred() {
        assertThat(PercentageChange.of(9L, 8L)).isEqualByComparingTo("12.5");
        assertThat(PercentageChange.of(2L, 1L)).isEqualByComparingTo("100");
        assertThat(PercentageChange.of(0L, 4L)).isEqualByComparingTo("-100");
        assertThat(PercentageChange.of(5L, 5L)).isEqualByComparingTo("0");
    }

    @Test
    void roundsHalfAwayFromZeroToTwoPlaces() {
        assertThat(PercentageChange.of(29L, 30L)).isEqualByComparingTo("-3.33");  // -3.333…
        assertThat(PercentageChange.of(1L, 3L)).isEqualByComparingTo("-66.67");   // -66.666…
        assertThat(PercentageChange.of(2L, 3L)).isEqualByComparingTo("-33.33");   // -33.333…
        assertThat(PercentageChange.of(4001L, 4000L)).isEqualByComparingTo("0.03"); // 0.025 → up
        assertThat(PercentageChange.of(3999L, 4000L)).isEqualByComparingTo("-0.03"); // -0.025 → away from zero
        assertThat(PercentageChange.of(3999L, 4000L).scale()).isEqualTo(2);
    }

    @Test
    void nullWhenLastYearIsZeroOrEitherIsUnknown() {
        assertThat(PercentageChange.of(3L, 0L)).isNull();
        assertThat(PercentageChange.of(0L, 0L)).isNull();
        assertThat(PercentageChange.of(null, 4L)).isNull();
        assertThat(PercentageChange.of(4L, null)).isNull();
    }

    @Test
    void writtenAsAJsonNumberWithoutTrailingZeros() {
        ObjectNode n = JsonMapper.builder().build().createObjectNode();
        AnnualReportJson.number(n, "whole", PercentageChange.of(2L, 1L));
        AnnualReportJson.number(n, "half", PercentageChange.of(9L, 8L));
        AnnualReportJson.number(n, "third", PercentageChange.of(29L, 30L));
        AnnualReportJson.number(n, "none", PercentageChange.of(1L, 0L));
        assertThat(n.toString()).isEqualTo("{\"whole\":100,\"half\":12.5,\"third\":-3.33,\"none\":null}");
    }

    @Test
    void ratePer100kRoundsHalfUpAndIsNullWithoutAPopulation() {
        assertThat(YearTally.per100k(2, 80_000L)).isEqualTo(3L);     // 2.5
        assertThat(YearTally.per100k(2, 150_000L)).isEqualTo(1L);    // 1.33
        assertThat(YearTally.per100k(3, 200_000L)).isEqualTo(2L);    // 1.5
        assertThat(YearTally.per100k(1, 300_000L)).isEqualTo(0L);    // 0.33
        assertThat(YearTally.per100k(0, 1_000L)).isEqualTo(0L);
        assertThat(YearTally.per100k(5, null)).isNull();
        assertThat(YearTally.per100k(5, 0L)).isNull();
    }

    @Test
    void aReportingYearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarchBothIncluded() {
        ReportingYear y = new ReportingYear(2018);
        assertThat(y.contains(java.time.LocalDate.of(2018, 4, 1))).isTrue();
        assertThat(y.contains(java.time.LocalDate.of(2019, 3, 31))).isTrue();
        assertThat(y.contains(java.time.LocalDate.of(2018, 3, 31))).isFalse();
        assertThat(y.contains(java.time.LocalDate.of(2019, 4, 1))).isFalse();
        assertThat(y.snapshotDate()).isEqualTo(java.time.LocalDate.of(2019, 3, 31));
    }
}
