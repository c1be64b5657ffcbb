package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.rules.PolicySettings.PreReleaseMilestones;
import org.mappahub.rules.PolicySettings.Problem;
import org.mappahub.rules.PolicySettings.Recall;

class PolicySettingsTest {

    private static final PolicySettings DEFAULTS = PolicySettings.DEFAULTS;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theDefaultsAreThoseOfTheDomainBrief() {
        assertThat(DEFAULTS).isEqualTo(new PolicySettings(16, 8, 8, 6, 3, 10, 10, 56, 2, 24));
        assertThat(DEFAULTS.problems()).isEmpty();
        assertThat(DEFAULTS.validated()).isSameAs(DEFAULTS);
    }

    @Test
    void eachWithChangesItsOwnSettingAndNoOther() throws Exception {
        RecordComponent[] components = PolicySettings.class.getRecordComponents();
        assertThat(components).hasSize(10);
        for (RecordComponent component : components) {
            String name = component.getName();
            Method with = PolicySettings.class.getMethod("with" + Character.toUpperCase(name.charAt(0)) + name.substring(1), int.class);
            PolicySettings changed = (PolicySettings) with.invoke(DEFAULTS, 99);
            for (RecordComponent other : components) {
                Object value = other.getAccessor().invoke(changed);
                Object before = other.getAccessor().invoke(DEFAULTS);
                assertThat(value).as("%s after %s", other.getName(), with.getName())
                        .isEqualTo(other == component ? 99 : before);
            }
        }
    }

    @Test
    void zeroOrNegativeValuesAreRefusedNamingEachSetting() {
        PolicySettings zeros = new PolicySettings(0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
        assertThat(zeros.problems()).extracting(Problem::setting).containsExactly(
                "level2ReviewIntervalWeeks", "level3ReviewIntervalWeeks", "identifyMonthsBeforeRelease",
                "levelSetMonthsBeforeRelease", "firstMeetingMonthsBeforeRelease", "referralScreeningWorkingDays",
                "minutesDistributionWorkingDays", "victimContactDays", "emergencyRecallHours", "standardRecallHours");
        assertThat(zeros.problems().get(0).message()).isEqualTo("The level 2 review interval must be more than 0 weeks; it is 0");
        assertThat(zeros.problems().get(9).message()).isEqualTo("The standard recall time must be more than 0 hours; it is -1");
    }

    @Test
    void aLevel3IntervalLongerThanLevel2IsRefused() {
        assertThat(DEFAULTS.withLevel3ReviewIntervalWeeks(17).problems()).containsExactly(new Problem("level3ReviewIntervalWeeks",
                "The level 3 review interval (17 weeks) must not be longer than the level 2 review interval (16 weeks)"));
        assertThat(DEFAULTS.withLevel3ReviewIntervalWeeks(16).problems()).isEmpty(); // equal is allowed
        assertThat(DEFAULTS.withLevel2ReviewIntervalWeeks(7).problems()).extracting(Problem::setting)
                .containsExactly("level3ReviewIntervalWeeks");
    }

    @Test
    void milestonesOutOfOrderAreRefused() {
        assertThat(DEFAULTS.withLevelSetMonthsBeforeRelease(8).problems()).extracting(Problem::setting)
                .containsExactly("levelSetMonthsBeforeRelease");
        assertThat(DEFAULTS.withFirstMeetingMonthsBeforeRelease(6).problems()).extracting(Problem::setting)
                .containsExactly("firstMeetingMonthsBeforeRelease");
        assertThat(DEFAULTS.withIdentifyMonthsBeforeRelease(5).problems()).extracting(Problem::setting)
                .containsExactly("levelSetMonthsBeforeRelease");
        assertThat(DEFAULTS.withFirstMeetingMonthsBeforeRelease(7).problems().get(0).message())
                .contains("first meeting before release (7 months)", "setting the level before release (6 months)");
    }

    @Test
    void anEmergencyRecallTimeLongerThanTheStandardOneIsRefused() {
        assertThat(DEFAULTS.withEmergencyRecallHours(25).problems()).containsExactly(new Problem("emergencyRecallHours",
                "The emergency recall time (25 hours) must not be longer than the standard recall time (24 hours)"));
    }

    @Test
    void validatedThrowsWithEveryProblemNamed() {
        assertThatThrownBy(() -> DEFAULTS.withVictimContactDays(0).withMinutesDistributionWorkingDays(-3).validated())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutesDistributionWorkingDays: Minutes distribution must be more than 0 working days; it is -3")
                .hasMessageContaining("victimContactDays: Victim contact must be more than 0 days; it is 0");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-23, 2, 2027-03-15", // 16 weeks
        "2026-11-23, 3, 2027-01-18", // 8 weeks
        "2024-01-04, 2, 2024-04-25", // across 29 February 2024
    })
    void nextReviewDueFromTheLastMeetingAndLevel(LocalDate lastMeeting, int level, LocalDate due) {
        assertThat(DEFAULTS.nextReviewDue(lastMeeting, level)).isEqualTo(due);
    }

    @Test
    void level1AndUnknownLevelsHaveNoReview() {
        assertThatThrownBy(() -> DEFAULTS.nextReviewDue(d("2026-11-23"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 1");
        assertThatThrownBy(() -> DEFAULTS.nextReviewDue(d("2026-11-23"), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no MAPPA level 4");
    }

    @Test
    void aChangedIntervalIsUsed() {
        assertThat(DEFAULTS.withLevel2ReviewIntervalWeeks(12).nextReviewDue(d("2026-11-23"), 2)).isEqualTo(d("2027-02-15"));
    }

    @Test
    void milestonesFromTheExpectedReleaseDate() {
        assertThat(DEFAULTS.milestones(d("2027-06-15")))
                .isEqualTo(new PreReleaseMilestones(d("2026-10-15"), d("2026-12-15"), d("2027-03-15")));
        // a release on 31 August: months without a 31st end on their last day
        assertThat(DEFAULTS.milestones(d("2027-08-31")))
                .isEqualTo(new PreReleaseMilestones(d("2026-12-31"), d("2027-02-28"), d("2027-05-31")));
    }

    @Test
    void screeningAndMinutesAreDueInWorkingDays() {
        assertThat(DEFAULTS.screeningDue(d("2026-12-18"))).isEqualTo(d("2027-01-06"));
        assertThat(DEFAULTS.minutesDue(d("2026-11-23"))).isEqualTo(d("2026-12-07"));
        assertThat(DEFAULTS.minutesDue(d("2027-03-22"))).isEqualTo(d("2027-04-07")); // Good Friday and Easter Monday skipped
        assertThat(DEFAULTS.withReferralScreeningWorkingDays(5).screeningDue(d("2026-11-23"))).isEqualTo(d("2026-11-30"));
    }

    @Test
    void victimContactIsDue56DaysAfterSentence() {
        assertThat(DEFAULTS.victimContactDue(d("2026-11-23"))).isEqualTo(d("2027-01-18"));
        assertThat(DEFAULTS.victimContactDue(d("2028-01-10"))).isEqualTo(d("2028-03-06")); // across 29 February 2028
    }

    @Test
    void recallDeadlineFromTheDecisionTime() {
        Instant decided = Instant.parse("2026-11-23T23:30:00Z");
        assertThat(DEFAULTS.recallDeadline(decided, Recall.EMERGENCY)).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
        assertThat(DEFAULTS.recallDeadline(decided, Recall.STANDARD)).isEqualTo(Instant.parse("2026-11-24T23:30:00Z"));
        // an instant is not a wall-clock time: across the change to BST it is still 24 elapsed hours
        Instant beforeBst = Instant.parse("2027-03-27T12:00:00Z");
        assertThat(DEFAULTS.recallDeadline(beforeBst, Recall.STANDARD)).isEqualTo(Instant.parse("2027-03-28T12:00:00Z"));
    }

    @Test
    void everySettingIsNamedInSomeProblemWhenZero() {
        List<String> names = java.util.Arrays.stream(PolicySettings.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(new PolicySettings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).problems()).extracting(Problem::setting)
                .containsExactlyElementsOf(names);
    }
}
