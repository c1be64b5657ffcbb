package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest
    @CsvSource({
        "2026-12-18, true",  // Friday
        "2026-12-19, false", // Saturday
        "2026-12-20, false", // Sunday
        "2026-12-24, true",  // Christmas Eve is a working day
        "2026-12-25, false", // Christmas Day, Friday
        "2026-12-28, false", // Boxing Day substitute, Monday
        "2026-12-29, true",
        "2027-01-01, false", // New Year's Day, Friday
        "2027-01-04, true",
        "2022-06-02, false", // spring bank holiday moved for the Platinum Jubilee
        "2022-05-30, true",  // its usual Monday was a working day
    })
    void isWorkingDay(LocalDate date, boolean expected) {
        assertThat(WorkingDays.isWorkingDay(date)).isEqualTo(expected);
    }

    @Test
    void tenWorkingDaysAfterAReferralReceivedOnFriday18December2026() {
        // Mon 21, Tue 22, Wed 23, Thu 24 (4); Fri 25 Christmas, Mon 28 Boxing Day substitute;
        // Tue 29, Wed 30, Thu 31 (7); Fri 1 Jan New Year's Day; Mon 4, Tue 5, Wed 6 (10)
        assertThat(WorkingDays.plusWorkingDays(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(WorkingDays.workingDaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 6))).isEqualTo(10);
        assertThat(WorkingDays.workingDaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 5))).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-23, 0, 2026-11-23",  // zero: the date itself
        "2026-11-21, 0, 2026-11-21",  // zero from a Saturday: still the date itself
        "2026-11-23, 1, 2026-11-24",  // Monday + 1 = Tuesday: the start day does not count
        "2026-11-20, 1, 2026-11-23",  // Friday + 1 = Monday
        "2026-11-21, 1, 2026-11-23",  // Saturday + 1 = Monday
        "2026-11-23, 5, 2026-11-30",  // a working week
        "2027-03-25, 1, 2027-03-30",  // Thursday before Easter: Good Friday and Easter Monday skipped
        "2021-12-24, 1, 2021-12-29",  // Christmas and Boxing Day both substituted (Mon 27, Tue 28)
        "2012-06-01, 1, 2012-06-06",  // Diamond Jubilee: Mon 4 and Tue 5 June 2012
    })
    void plusWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertThat(WorkingDays.plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-23, 2026-11-23, 0",
        "2026-11-20, 2026-11-22, 0",  // Friday to Sunday: only weekend days after the start
        "2026-11-20, 2026-11-23, 1",  // Friday to Monday: the end counts, the start does not
        "2026-11-22, 2026-11-27, 5",
        "2026-01-01, 2026-12-31, 253", // 261 weekdays in 2026 less its 8 bank holidays
        "2021-12-31, 2022-12-31, 250", // 2022: 260 weekdays less 10 bank holidays
    })
    void workingDaysBetween(LocalDate start, LocalDate end, int expected) {
        assertThat(WorkingDays.workingDaysBetween(start, end)).isEqualTo(expected);
    }

    @Test
    void negativeCountsAndReversedRangesAreRefused() {
        assertThatThrownBy(() -> WorkingDays.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> WorkingDays.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the start");
    }

    @Test
    void datesBeforeTheBankHolidayRulesAreRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> WorkingDays.isWorkingDay(LocalDate.of(1977, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1978");
        assertThat(WorkingDays.plusWorkingDays(LocalDate.of(1977, 12, 31), 1)).isEqualTo(LocalDate.of(1978, 1, 3));
    }
}
