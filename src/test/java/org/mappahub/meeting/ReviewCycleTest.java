package org.mappahub.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.SummaryRow;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;

/**
 * The review cycle with a moved clock and an area whose policy is not the default (level 2 every 10 weeks, level 3
 * every 4): a level 3 case's review falls overdue the day after 4 weeks from the last meeting held, a level 2 case's
 * only after 10; the record page's deadline and summary and the co-ordinator's overdue list say so.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class ReviewCycleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate HELD = LocalDate.of(2026, 5, 4);

    @Autowired MappMeetings meetings;
    @Autowired MeetingsOutlook outlook;
    @Autowired AreaMeetings area;
    @Autowired CaseRecords records;
    @Autowired AreaPolicies policies;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired MovableClock clock;

    MeetingFixture f;
    String level3;
    String level2;

    @BeforeEach
    void twoPeopleWithAMeetingHeldOnTheSameDay() {
        moveTo(HELD);
        f = new MeetingFixture("MEETCYCLE", areas, users, agencies, nominals);
        TestUsers.asOperator(() -> {
            PolicySettings d = PolicySettings.DEFAULTS;
            PolicySettings tighter = new PolicySettings(10, 4, d.identifyMonthsBeforeRelease(),
                    d.levelSetMonthsBeforeRelease(), d.firstMeetingMonthsBeforeRelease(),
                    d.referralScreeningWorkingDays(), d.minutesDistributionWorkingDays(), d.victimContactDays(),
                    d.emergencyRecallHours(), d.standardRecallHours());
            if (!policies.settingsFor(f.area).equals(tighter)) {
                policies.change(f.area, policies.current(f.area).version(), tighter, "test");
            }
        });
        level3 = f.person("MEETCYCLETHREE" + System.nanoTime(), 3, HELD.minusMonths(2));
        level2 = f.person("MEETCYCLETWO" + System.nanoTime(), 2, HELD.minusMonths(2));
        for (String ref : List.of(level3, level2)) {
            TestUsers.signedIn(f.chair, Role.CHAIR, () -> {
                long id = meetings.schedule(ref, new MappMeetings.Schedule(MeetingKind.INITIAL, HELD, LocalTime.of(9, 0),
                        null, true, f.chair));
                return meetings.recordHeld(ref, id, 0, Map.of());
            });
        }
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    void moveTo(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(LONDON).toInstant());
    }

    List<Deadline> deadlines(String ref) {
        return TestUsers.signedIn(f.coordinator, Role.COORDINATOR,
                () -> outlook.deadlines(records.read(ref), LocalDate.now(clock)));
    }

    List<SummaryRow> summary(String ref) {
        return TestUsers.signedIn(f.coordinator, Role.COORDINATOR,
                () -> outlook.summary(records.read(ref), LocalDate.now(clock)));
    }

    List<String> overdueOnTheCoordinatorsPage() {
        return TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> area.overview()).late().stream()
                .map(AreaMeetings.Late::ref).toList();
    }

    @Test
    void level3FallsOverdueAfterTheAreasFourWeeksAndLevel2AfterItsTen() {
        LocalDate level3Due = HELD.plusWeeks(4);
        LocalDate level2Due = HELD.plusWeeks(10);
        moveTo(level3Due);
        assertThat(deadlines(level3)).singleElement().satisfies(d -> {
            assertThat(d.what()).isEqualTo("MAPP review meeting due");
            assertThat(d.due()).isEqualTo(level3Due);
            assertThat(d.href()).isEqualTo("/nominals/" + level3 + "/meetings");
        });
        assertThat(overdueOnTheCoordinatorsPage()).doesNotContain(level3, level2);

        moveTo(level3Due.plusDays(1));
        assertThat(overdueOnTheCoordinatorsPage()).contains(level3).doesNotContain(level2);
        assertThat(summary(level3)).singleElement().satisfies(r -> assertThat(r.value())
                .isEqualTo("Last held 4 May 2026; next review due by 1 June 2026 (overdue)"));
        // level 2 is due in 9 weeks: beyond the record page's 30 days, so not yet on it
        assertThat(deadlines(level2)).isEmpty();
        assertThat(summary(level2)).singleElement().satisfies(r -> assertThat(r.value())
                .isEqualTo("Last held 4 May 2026; next review due by 13 July 2026"));

        moveTo(level2Due);
        assertThat(deadlines(level2)).extracting(Deadline::due).containsExactly(level2Due);
        assertThat(overdueOnTheCoordinatorsPage()).doesNotContain(level2);
        moveTo(level2Due.plusDays(1));
        assertThat(overdueOnTheCoordinatorsPage()).contains(level3, level2);
    }

    @Test
    void aPersonAtLevel2WithNoMeetingHasTheInitialMeetingToArrangeUntilOneIsScheduled() {
        LocalDate since = HELD.minusDays(3);
        String ref = f.person("MEETCYCLENEW" + System.nanoTime(), 2, since);
        assertThat(deadlines(ref)).singleElement().satisfies(d -> {
            assertThat(d.what()).isEqualTo("Initial MAPP meeting to arrange");
            assertThat(d.due()).isEqualTo(since);
        });
        assertThat(overdueOnTheCoordinatorsPage()).contains(ref);
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.schedule(ref, new MappMeetings.Schedule(
                MeetingKind.INITIAL, HELD.plusWeeks(1), LocalTime.of(10, 0), "Room 2", false, f.chair)));
        assertThat(deadlines(ref)).isEmpty();
        assertThat(TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> area.overview()).upcoming())
                .extracting(AreaMeetings.Upcoming::ref).contains(ref);
    }
}
