package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.rules.NotificationDeadlines.Absence;

class NotificationDeadlinesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-23, 2026-11-25", // Monday: the day itself is the first of the 3 days
        "2026-11-20, 2026-11-22", // calendar days: a weekend counts
        "2026-12-24, 2026-12-26", // bank holidays count too
        "2024-02-28, 2024-03-01", // across a leap day: 28, 29 February, 1 March
        "2023-02-27, 2023-03-01", // no leap day: 27, 28 February, 1 March
        "2026-12-31, 2027-01-02", // across the year end
    })
    void initialAndChangeNotificationsAreDueOnTheThirdDayBeginningWithTheEvent(LocalDate event, LocalDate due) {
        assertThat(NotificationDeadlines.initialNotificationDue(event)).isEqualTo(due);
        assertThat(NotificationDeadlines.changeNotificationDue(event)).isEqualTo(due);
    }

    @Test
    void aNotificationIsOverdueFromTheDayAfterItsLastDay() {
        LocalDate due = NotificationDeadlines.initialNotificationDue(d("2026-11-23"));
        assertThat(NotificationDeadlines.isOverdue(due, d("2026-11-25"))).isFalse();
        assertThat(NotificationDeadlines.isOverdue(due, d("2026-11-26"))).isTrue();
    }

    @Test
    void forAPersonInCustodyOnConvictionTheThreeDaysRunFromRelease() {
        // convicted and remanded on 2026-03-02, released on 2026-09-10: 10, 11, 12 September
        var custody = List.of(new Absence(d("2026-03-02"), d("2026-09-10")));
        assertThat(NotificationDeadlines.initialNotificationDue(d("2026-03-02"), custody)).isEqualTo(d("2026-09-12"));
    }

    @Test
    void daysAbroadInsideTheThreeDaysDoNotCount() {
        // changed address on Monday 2026-06-01, abroad on 2 and 3 June, back on 4 June: days 1, 4, 5
        var abroad = List.of(new Absence(d("2026-06-02"), d("2026-06-04")));
        assertThat(NotificationDeadlines.changeNotificationDue(d("2026-06-01"), abroad)).isEqualTo(d("2026-06-05"));
        // an absence that ended before the change makes no difference
        var earlier = List.of(new Absence(d("2026-05-01"), d("2026-05-10")));
        assertThat(NotificationDeadlines.changeNotificationDue(d("2026-06-01"), earlier)).isEqualTo(d("2026-06-03"));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-06-01, 2026-06-01", // one year after: the anniversary
        "2024-02-29, 2025-02-28", // a notification on a leap day: 28 February in an ordinary year
        "2023-02-28, 2024-02-28", // not 29 February in the leap year
        "2023-03-01, 2024-03-01",
        "2027-02-28, 2028-02-28",
        "2028-02-29, 2029-02-28",
    })
    void periodicNotificationIsDueOneYearAfterTheLastNotification(LocalDate last, LocalDate due) {
        assertThat(NotificationDeadlines.periodicNotificationDue(last)).isEqualTo(due);
    }

    @Test
    void theAnniversaryMovesWithEachNotification() {
        LocalDate initial = d("2025-01-10");
        LocalDate change = d("2025-08-20"); // a change of address resets the year
        assertThat(NotificationDeadlines.periodicNotificationDue(initial)).isEqualTo(d("2026-01-10"));
        assertThat(NotificationDeadlines.periodicNotificationDue(change)).isEqualTo(d("2026-08-20"));
    }

    @Test
    void aYearEndingInCustodyRunsOnToTheThirdDayAfterRelease() {
        // last notified 2025-04-01; in custody 2026-03-15 to release on 2026-05-20; due 20, 21, 22 May
        var custody = List.of(new Absence(d("2026-03-15"), d("2026-05-20")));
        assertThat(NotificationDeadlines.periodicNotificationDue(d("2025-04-01"), custody)).isEqualTo(d("2026-05-22"));
        // custody that ends before the anniversary changes nothing
        var shorter = List.of(new Absence(d("2026-03-15"), d("2026-03-31")));
        assertThat(NotificationDeadlines.periodicNotificationDue(d("2025-04-01"), shorter)).isEqualTo(d("2026-04-01"));
        // returned on the anniversary itself: that day counts, so the anniversary stands
        var returnedOnTheDay = List.of(new Absence(d("2026-03-15"), d("2026-04-01")));
        assertThat(NotificationDeadlines.periodicNotificationDue(d("2025-04-01"), returnedOnTheDay)).isEqualTo(d("2026-04-01"));
    }

    @ParameterizedTest
    @CsvSource({
        "2010-03-01, 30, 2025-03-01", // adult: 15 years beginning with the first notification, eligible the day after
        "2010-03-01, 18, 2025-03-01", // 18 on the relevant date is an adult
        "2010-03-01, 17, 2018-03-01", // under 18: 8 years
        "2010-03-01, 12, 2018-03-01",
        "2016-02-29, 15, 2024-02-29", // 8 years from a leap day is a leap day
        "2012-02-29, 40, 2027-02-28", // 15 years from a leap day: 28 February, as java.time adds years
    })
    void firstEligibleDayForAReviewOfIndefiniteNotification(LocalDate firstNotification, int age, LocalDate eligible) {
        assertThat(NotificationDeadlines.firstReviewEligibleOn(firstNotification, age)).isEqualTo(eligible);
    }

    @Test
    void theDayBeforeTheFirstEligibleDayIsStillWithinTheInitialReviewPeriod() {
        LocalDate eligible = NotificationDeadlines.firstReviewEligibleOn(d("2011-09-14"), 25);
        assertThat(eligible).isEqualTo(d("2026-09-14"));
        // the period of 15 years beginning with 14 September 2011 ends on 13 September 2026
        assertThat(eligible.minusDays(1)).isEqualTo(d("2026-09-13"));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-05-12, 2034-05-12",
        "2024-02-29, 2032-02-29",
        "2025-02-28, 2033-02-28",
    })
    void afterARefusalAFurtherApplicationMayBeMadeEightYearsLater(LocalDate refused, LocalDate eligible) {
        assertThat(NotificationDeadlines.reviewEligibleAgainOn(refused)).isEqualTo(eligible);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> NotificationDeadlines.firstReviewEligibleOn(d("2010-01-01"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age");
        assertThatThrownBy(() -> new Absence(d("2026-01-05"), d("2026-01-05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
    }
}
