package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.mappahub.rules.NotificationDeadlines.Absence;

class NotificationDeadlinesProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2004, 5, 1).toEpochDay(), LocalDate.of(2080, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void withoutAbsencesTheThreeDaysEndTwoDaysAfterTheEvent(@ForAll("dates") LocalDate event) {
        assertThat(ChronoUnit.DAYS.between(event, NotificationDeadlines.initialNotificationDue(event))).isEqualTo(2);
    }

    @Property
    void anAbsenceNeverShortensADeadlineAndTheLastDayIsNeverAway(@ForAll("dates") LocalDate event,
            @ForAll @IntRange(min = -10, max = 10) int startOffset, @ForAll @IntRange(min = 1, max = 60) int length) {
        Absence away = new Absence(event.plusDays(startOffset), event.plusDays(startOffset + length));
        LocalDate due = NotificationDeadlines.changeNotificationDue(event, List.of(away));
        assertThat(due).isAfterOrEqualTo(NotificationDeadlines.changeNotificationDue(event));
        assertThat(away.covers(due)).isFalse();
    }

    @Property
    void periodicDueIsInTheSameMonthOneYearLater(@ForAll("dates") LocalDate last) {
        LocalDate due = NotificationDeadlines.periodicNotificationDue(last);
        assertThat(ChronoUnit.DAYS.between(last, due)).isBetween(365L, 366L);
        assertThat(due.getMonth()).isEqualTo(last.getMonth());
    }

    @Property
    void underEighteensAreNeverEligibleLaterThanAdults(@ForAll("dates") LocalDate first) {
        assertThat(NotificationDeadlines.firstReviewEligibleOn(first, 17))
                .isBefore(NotificationDeadlines.firstReviewEligibleOn(first, 18));
    }

    @Property
    void theQualifyingDateIsTheDayAfterTheLastDayOfThePeriodBeginningWithTheNotification(
            @ForAll("dates") LocalDate first, @ForAll @IntRange(min = 10, max = 90) int age) {
        int years = age < 18 ? 8 : 15;
        LocalDate qualifying = NotificationDeadlines.firstReviewEligibleOn(first, age);
        // the period of N years beginning with day 1 ends the day before the same date N years on
        LocalDate lastDayOfPeriod = qualifying.minusDays(1);
        assertThat(lastDayOfPeriod).isAfterOrEqualTo(first.plusYears(years).minusDays(1));
        assertThat(ChronoUnit.DAYS.between(first, qualifying)).isBetween(365L * years, 365L * years + years / 4 + 1);
    }
}
