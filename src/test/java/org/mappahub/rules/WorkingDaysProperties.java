package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1978, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void addingNWorkingDaysLandsOnAWorkingDayAndCountsExactlyN(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate result = WorkingDays.plusWorkingDays(date, n);
        assertThat(WorkingDays.isWorkingDay(result)).isTrue();
        assertThat(WorkingDays.workingDaysBetween(date, result)).isEqualTo(n);
        // and it is the first such day: the day before counts one fewer
        assertThat(WorkingDays.workingDaysBetween(date, result.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void countsAddUpAcrossAnyMiddleDate(@ForAll("dates") LocalDate a,
            @ForAll @IntRange(min = 0, max = 400) int gap1, @ForAll @IntRange(min = 0, max = 400) int gap2) {
        LocalDate b = a.plusDays(gap1);
        LocalDate c = b.plusDays(gap2);
        assertThat(WorkingDays.workingDaysBetween(a, c))
                .isEqualTo(WorkingDays.workingDaysBetween(a, b) + WorkingDays.workingDaysBetween(b, c));
    }

    @Property
    void aWeekHasAtMostFiveWorkingDays(@ForAll("dates") LocalDate date) {
        assertThat(WorkingDays.workingDaysBetween(date, date.plusDays(7))).isBetween(2, 5);
    }
}
