package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicySettingsProperties {

    @Provide
    Arbitrary<PolicySettings> anySettings() {
        Arbitrary<Integer> small = Arbitraries.integers().between(-2, 30);
        return small.list().ofSize(10).map(v -> new PolicySettings(
                v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(9)));
    }

    /** Only valid sets: every value positive, level 3 no longer than level 2, milestones and recalls in order. */
    @Provide
    Arbitrary<PolicySettings> validSettings() {
        return Arbitraries.integers().between(1, 40).list().ofSize(10).map(v -> new PolicySettings(
                v.get(0), 1 + (v.get(1) - 1) % v.get(0),
                v.get(4) + v.get(3) + v.get(2), v.get(4) + v.get(3), v.get(4),
                v.get(5), v.get(6), v.get(7), 1 + (v.get(8) - 1) % v.get(9), v.get(9)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void validSettingsGiveMilestonesInOrderAndLevel3ReviewsNoLaterThanLevel2(
            @ForAll("validSettings") PolicySettings settings, @ForAll("dates") LocalDate date) {
        assertThat(settings.problems()).isEmpty();
        var m = settings.milestones(date);
        assertThat(m.identifyBy()).isBeforeOrEqualTo(m.levelSetBy());
        assertThat(m.levelSetBy()).isBeforeOrEqualTo(m.firstMeetingBy());
        assertThat(m.firstMeetingBy()).isBefore(date);
        assertThat(settings.nextReviewDue(date, 3)).isBeforeOrEqualTo(settings.nextReviewDue(date, 2));
        assertThat(settings.nextReviewDue(date, 3)).isAfter(date);
        assertThat(WorkingDays.isWorkingDay(settings.screeningDue(date))).isTrue();
        assertThat(WorkingDays.workingDaysBetween(date, settings.minutesDue(date))).isEqualTo(settings.minutesDistributionWorkingDays());
    }

    @Property
    void aSetHasProblemsExactlyWhenSomeValueIsNotPositiveOrOutOfOrder(@ForAll("anySettings") PolicySettings s) {
        boolean bad = s.level2ReviewIntervalWeeks() <= 0 || s.level3ReviewIntervalWeeks() <= 0
                || s.identifyMonthsBeforeRelease() <= 0 || s.levelSetMonthsBeforeRelease() <= 0
                || s.firstMeetingMonthsBeforeRelease() <= 0 || s.referralScreeningWorkingDays() <= 0
                || s.minutesDistributionWorkingDays() <= 0 || s.victimContactDays() <= 0
                || s.emergencyRecallHours() <= 0 || s.standardRecallHours() <= 0
                || s.level3ReviewIntervalWeeks() > s.level2ReviewIntervalWeeks()
                || s.levelSetMonthsBeforeRelease() >= s.identifyMonthsBeforeRelease()
                || s.firstMeetingMonthsBeforeRelease() >= s.levelSetMonthsBeforeRelease()
                || s.emergencyRecallHours() > s.standardRecallHours();
        assertThat(s.problems().isEmpty()).isEqualTo(!bad);
    }
}
