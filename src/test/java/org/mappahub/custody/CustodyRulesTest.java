package org.mappahub.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.rules.CustodyRules;

/** The MCIF/1 custody rules the custody pages and API apply: dates, overlaps (half-open spans) and the order named. */
class CustodyRulesTest {

    @ParameterizedTest(name = "[{index}] {0}..{1} and {2}..{3}: overlap {4}")
    @CsvSource({
            "2020-01-01, 2021-01-01, 2021-01-01, ,           false", // ends the day the next begins
            "2020-01-01, 2021-01-01, 2020-12-31, ,           true",
            "2020-01-01, ,           2030-01-01, 2031-01-01, true",  // an open span reaches everything after it
            "2020-01-01, 2020-02-01, 2019-01-01, 2020-01-01, false",
            "2020-01-01, 2020-02-01, 2019-01-01, 2020-01-02, true",
            "2020-01-10, 2020-01-20, 2020-01-01, 2020-02-01, true",  // inside
            "2020-01-01, ,           2019-01-01, ,           true"})
    void spansOverlapWhenTheyShareADay(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo, boolean overlap) {
        assertThat(CustodyRules.overlap(aFrom, aTo, bFrom, bTo)).isEqualTo(overlap);
        assertThat(CustodyRules.overlap(bFrom, bTo, aFrom, aTo)).isEqualTo(overlap);
    }

    @Test
    void aSpanEndsAfterItBegins() {
        LocalDate day = LocalDate.of(2024, 5, 3);
        assertThat(CustodyRules.checkDates(day, null)).isEmpty();
        assertThat(CustodyRules.checkDates(day, day.plusDays(1))).isEmpty();
        assertThat(CustodyRules.checkDates(day, day)).get().satisfies(r ->
                assertThat(r.message()).isEqualTo("A custody span ends after it begins (MCIF/1 custody): it begins on "
                        + "2024-05-03 and ends on 2024-05-03"));
        assertThat(CustodyRules.checkDates(day, day.minusDays(1))).isPresent();
    }

    @Test
    void onlyABreachOfAnOrderNamesAnOrderAndItMust() {
        assertThat(CustodyRules.checkOrder(true, true)).isEmpty();
        assertThat(CustodyRules.checkOrder(false, false)).isEmpty();
        assertThat(CustodyRules.checkOrder(true, false)).get().satisfies(r ->
                assertThat(r.rule()).contains("names the order breached"));
        assertThat(CustodyRules.checkOrder(false, true)).get().satisfies(r ->
                assertThat(r.rule()).startsWith("Only a return to custody for breach of an order names an order"));
    }
}
