package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BoardPeriodsTest {

    @Test
    void theQuartersOfAReportingYearRunFromAprilToTheNextMarch() {
        assertThat(BoardPeriods.quarter(2025, 1)).isEqualTo(new BoardPeriods.Span(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        assertThat(BoardPeriods.quarter(2025, 3)).isEqualTo(new BoardPeriods.Span(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(BoardPeriods.quarter(2025, 4)).isEqualTo(new BoardPeriods.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(BoardPeriods.yearToDate(2025, 3)).isEqualTo(new BoardPeriods.Span(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31)));
        assertThat(BoardPeriods.words(2025, 4)).isEqualTo("January to March 2026");
        assertThatThrownBy(() -> BoardPeriods.quarter(2025, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayFallsInOneQuarter() {
        assertThat(BoardPeriods.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(4);
        assertThat(BoardPeriods.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(1);
        assertThat(BoardPeriods.quarterOf(LocalDate.of(2026, 9, 30))).isEqualTo(2);
        assertThat(BoardPeriods.quarterOf(LocalDate.of(2026, 10, 1))).isEqualTo(3);
    }

    @Test
    void theAgeBandChangesOnTheBirthday() {
        LocalDate born = LocalDate.of(2000, 6, 15);
        assertThat(BoardPeriods.ageBand(born, LocalDate.of(2018, 6, 14))).isEqualTo("Under 18");
        assertThat(BoardPeriods.ageBand(born, LocalDate.of(2018, 6, 15))).isEqualTo("18 to 20");
        assertThat(BoardPeriods.ageBand(born, LocalDate.of(2060, 6, 15))).isEqualTo("60 and over");
    }
}
