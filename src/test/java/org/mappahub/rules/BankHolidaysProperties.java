package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BankHolidaysProperties {

    /** The years with a different count, from the one-off changes: extra days add one; moves add none. */
    private static final Map<Integer, Integer> ONE_OFF_YEARS =
            Map.of(1981, 9, 1999, 9, 2002, 9, 2011, 9, 2012, 9, 2022, 10, 2023, 9);

    @Property
    void everyYearHasEightBankHolidaysExceptTheListedOneOffYears(@ForAll @IntRange(min = 1978, max = 2300) int year) {
        assertThat(BankHolidays.inYear(year)).hasSize(ONE_OFF_YEARS.getOrDefault(year, 8));
    }

    @Property
    void noBankHolidayFallsOnAWeekendAndNoneRepeats(@ForAll @IntRange(min = 1978, max = 2300) int year) {
        var holidays = BankHolidays.inYear(year);
        assertThat(holidays).allSatisfy(h -> {
            assertThat(h.date().getYear()).isEqualTo(year);
            assertThat(h.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(holidays.stream().map(BankHolidays.BankHoliday::date).distinct()).hasSameSizeAs(holidays);
    }

    @Property
    void easterIsASundayBetween22MarchAnd25April(@ForAll @IntRange(min = 1583, max = 4099) int year) {
        var easter = BankHolidays.easterSunday(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(java.time.LocalDate.of(year, 3, 22), java.time.LocalDate.of(year, 4, 25));
    }
}
