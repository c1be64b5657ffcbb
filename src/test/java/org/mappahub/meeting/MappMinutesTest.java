package org.mappahub.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MappMinutes.Edition;
import org.mappahub.meeting.MappMinutes.Picture;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Nominals;
import org.mappahub.rules.WorkingDays;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * The minutes service as signed-in users: the lifecycle (draft, submit, approve, distribute) with each refusal naming
 * its reason, the lock after approval, corrections as new editions with the earlier kept, the current risk management
 * plan, distribution in time or late across a bank holiday (moving the clock), the next review date refused beyond
 * the area's policy, a stale save refused with the differences, and the work list.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class MappMinutesTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20); // a Wednesday; Monday 25 May 2026 is a bank holiday

    @Autowired MappMeetings meetings;
    @Autowired MappMinutes minutes;
    @Autowired CaseRecords records;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired List<WorkSource> workSources;

    MinutesFixture m;
    String ref;

    @BeforeEach
    void aPersonAtLevel2() {
        m = new MinutesFixture("MINSVC", areas, users, agencies, nominals, meetings, minutes, clock);
        ref = m.f.person("MINSVCPERSON", 2, LocalDate.of(2026, 1, 5));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    <T> T asTaker(java.util.function.Supplier<T> work) {
        return TestUsers.signedIn(m.minuteTaker, Role.MINUTE_TAKER, work);
    }

    <T> T asChair(java.util.function.Supplier<T> work) {
        return TestUsers.signedIn(m.f.chair, Role.CHAIR, work);
    }

    @Test
    void theLifecycleRefusesEachWrongStepNamingWhy() {
        long id = m.scheduled(ref, DAY);
        m.today(DAY.minusDays(1));
        assertThatThrownBy(() -> asTaker(() -> minutes.start(ref, id))).isInstanceOf(InvalidMeetingException.class)
                .hasMessageContaining("can be started on that day or later");
        m.today(DAY);
        // a practitioner reads the minutes but does not write them
        assertThatThrownBy(() -> TestUsers.signedIn(m.f.practitioner, Role.PRACTITIONER, () -> minutes.start(ref, id)))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("minute takers and co-ordinator");
        int v0 = asTaker(() -> minutes.start(ref, id));
        Picture p = asTaker(() -> minutes.view(ref, id));
        assertThat(p.current().status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(p.current().content().nextReviewDate()).as("defaulted by the level 2 interval, 16 weeks")
                .isEqualTo(DAY.plusWeeks(16));
        // on the day, before the meeting is recorded as held, the draft can be written but not submitted
        int v1 = asTaker(() -> minutes.save(ref, id, v0, MinutesContent.empty(DAY.plusWeeks(8))));
        assertThatThrownBy(() -> asTaker(() -> minutes.submit(ref, id, v1))).isInstanceOf(InvalidMeetingException.class)
                .hasMessageContaining("Record the meeting as held")
                .hasMessageContaining("Select the risk of serious harm to children")
                .hasMessageContaining("Enter the plan for supervision");
        TestUsers.signedIn(m.f.coordinator, Role.COORDINATOR, () -> {
            MappMeetings.Meeting held = meetings.view(ref).meeting(id);
            java.util.Map<Long, Attendance> a = new java.util.HashMap<>();
            held.invitations().forEach(i -> a.put(i.id(), Attendance.ATTENDED));
            return meetings.recordHeld(ref, id, held.version(), a);
        });
        int v2 = asTaker(() -> minutes.save(ref, id, v1, MinutesFixture.complete("Weekly home visits", DAY.plusWeeks(8))));
        // the chair cannot approve a draft
        assertThatThrownBy(() -> asChair(() -> minutes.approve(ref, id, v2))).isInstanceOf(InvalidMeetingException.class)
                .hasMessageContaining("still a draft");
        int v3 = asTaker(() -> minutes.submit(ref, id, v2));
        assertThatThrownBy(() -> asTaker(() -> minutes.save(ref, id, v3, MinutesContent.empty(null))))
                .isInstanceOf(InvalidMeetingException.class).hasMessageContaining("submitted for approval");
        // the minute taker cannot approve; the chair does
        assertThatThrownBy(() -> asTaker(() -> minutes.approve(ref, id, v3))).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("chair");
        int v4 = asChair(() -> minutes.approve(ref, id, v3));
        Edition approved = asTaker(() -> minutes.view(ref, id)).current();
        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(m.f.chair);
        assertThat(approved.attendance()).anyMatch(a -> a.endsWith(": attended"));
        // locked
        assertThatThrownBy(() -> asTaker(() -> minutes.save(ref, id, v4, MinutesContent.empty(null))))
                .isInstanceOf(InvalidMeetingException.class).hasMessageContaining("Approved minutes are locked");
        // the current plan is the approved one's
        CaseRecords.Viewed viewed = TestUsers.signedIn(m.f.practitioner, Role.PRACTITIONER, () -> records.read(ref));
        assertThat(TestUsers.signedIn(m.f.practitioner, Role.PRACTITIONER, () -> minutes.currentPlan(viewed)))
                .hasValueSatisfying(plan -> assertThat(plan.headings().get("supervision")).isEqualTo("Weekly home visits"));
        // every change audited with before and after
        long changes = TestUsers.asOperator(() -> jdbc.sql("""
                select count(*) from audit_entry where subject = ? and action = 'CHANGE'
                   and details::jsonb -> 'before' ->> 'minutes' is not null and details::jsonb -> 'after' ->> 'minutes' is not null""")
                .param(ref).query(Long.class).single());
        assertThat(changes).isEqualTo(4); // save, save, submit, approve
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonAndTheEarlierIsKept() {
        long id = m.held(ref, DAY);
        int v = m.approved(ref, id, "Weekly home visits");
        assertThatThrownBy(() -> asTaker(() -> minutes.correct(ref, id, v, " "))).isInstanceOf(InvalidMeetingException.class)
                .hasMessageContaining("Enter why");
        int edition = asTaker(() -> minutes.correct(ref, id, v, "The curfew hours were minuted wrongly"));
        assertThat(edition).isEqualTo(2);
        Picture p = asTaker(() -> minutes.view(ref, id));
        assertThat(p.editions()).extracting(Edition::edition, Edition::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, MinutesStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(1, MinutesStatus.APPROVED));
        assertThat(p.current().correctionReason()).isEqualTo("The curfew hours were minuted wrongly");
        assertThat(p.current().content().supervision()).isEqualTo("Weekly home visits"); // copied to correct
        int c1 = asTaker(() -> minutes.save(ref, id, p.current().version(),
                MinutesFixture.complete("Twice-weekly home visits", DAY.plusWeeks(8))));
        CaseRecords.Viewed viewed = TestUsers.signedIn(m.f.practitioner, Role.PRACTITIONER, () -> records.read(ref));
        assertThat(TestUsers.signedIn(m.f.practitioner, Role.PRACTITIONER, () -> minutes.currentPlan(viewed))
                .orElseThrow().headings().get("supervision")).as("until the correction is approved")
                .isEqualTo("Weekly home visits");
        int c2 = asTaker(() -> minutes.submit(ref, id, c1));
        asChair(() -> minutes.approve(ref, id, c2));
        assertThat(TestUsers.signedIn(m.f.practitioner, Role.PRACTITIONER, () -> minutes.currentPlan(viewed))
                .orElseThrow()).satisfies(plan -> {
                    assertThat(plan.headings().get("supervision")).isEqualTo("Twice-weekly home visits");
                    assertThat(plan.edition()).isEqualTo(2);
                });
        // the first edition is unchanged and still readable
        assertThat(asTaker(() -> minutes.view(ref, id)).edition(1).content().supervision()).isEqualTo("Weekly home visits");
    }

    @Test
    void distributionIsMeasuredInWorkingDaysAcrossTheBankHoliday() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25))).as("spring bank holiday").isFalse();
        LocalDate due = LocalDate.of(2026, 6, 4); // 10 working days after Wed 20 May, skipping Mon 25 May
        long onTime = m.held(ref, DAY);
        int v = m.approved(ref, onTime, "Weekly home visits");
        m.today(due);
        asTaker(() -> minutes.distribute(ref, onTime, v, List.of("MINSVC test police")));
        Picture p = asTaker(() -> minutes.view(ref, onTime));
        assertThat(p.distributionDue()).isEqualTo(due);
        assertThat(p.late(p.current(), due, MinutesFixture.LONDON)).isFalse();
        assertThat(p.current().recipients()).containsExactly("MINSVC test police");
        assertThat(p.current().distributedBy()).isEqualTo(m.minuteTaker);

        String other = m.f.person("MINSVCLATE", 2, LocalDate.of(2026, 1, 5));
        long late = m.held(other, DAY);
        int w = m.approved(other, late, "Weekly home visits");
        m.today(due.plusDays(1));
        assertThatThrownBy(() -> asTaker(() -> minutes.distribute(other, late, w, List.of()))).hasMessageContaining(
                "Select the attendees");
        assertThatThrownBy(() -> asTaker(() -> minutes.distribute(other, late, w, List.of("Someone else"))))
                .hasMessageContaining("took no part");
        asTaker(() -> minutes.distribute(other, late, w, List.of("MINSVC test police")));
        Picture q = asTaker(() -> minutes.view(other, late));
        assertThat(q.late(q.current(), due.plusDays(1), MinutesFixture.LONDON)).isTrue();
    }

    @Test
    void aNextReviewDateBeyondThePolicyIsRefusedNamingTheSetting() {
        long id = m.held(ref, DAY);
        int v = asTaker(() -> minutes.start(ref, id));
        assertThatThrownBy(() -> asTaker(() -> minutes.save(ref, id, v,
                MinutesFixture.complete("Weekly", DAY.plusWeeks(16).plusDays(1)))))
                .isInstanceOf(InvalidMeetingException.class)
                .hasMessageContaining("level2ReviewIntervalWeeks").hasMessageContaining("16 weeks");
        assertThat(asTaker(() -> minutes.save(ref, id, v, MinutesFixture.complete("Weekly", DAY.plusWeeks(16)))))
                .isEqualTo(v + 1);
    }

    @Test
    void aSaveAgainstAnOlderVersionIsRefusedWithWhatChanged() {
        long id = m.held(ref, DAY);
        int v = asTaker(() -> minutes.start(ref, id));
        TestUsers.signedIn(m.f.coordinator, Role.COORDINATOR,
                () -> minutes.save(ref, id, v, MinutesFixture.complete("The co-ordinator's plan", DAY.plusWeeks(8))));
        MinutesContent mine = MinutesFixture.complete("The minute taker's plan", DAY.plusWeeks(8));
        assertThatThrownBy(() -> asTaker(() -> minutes.save(ref, id, v, mine)))
                .isInstanceOfSatisfying(StaleMinutesException.class, e -> assertThat(e.differences())
                        .singleElement().satisfies(d -> {
                            assertThat(d.label()).isEqualTo("Supervision");
                            assertThat(d.stored()).isEqualTo("The co-ordinator's plan");
                            assertThat(d.yours()).isEqualTo("The minute taker's plan");
                        }));
        assertThat(asTaker(() -> minutes.view(ref, id)).current().content().supervision())
                .isEqualTo("The co-ordinator's plan");
    }

    @Test
    void minutesToWriteApproveAndSendAreOnTheWorkListDueByTheLimit() {
        m = new MinutesFixture("MINWORK", areas, users, agencies, nominals, meetings, minutes, clock); // an area of its own
        ref = m.f.person("MINWORKPERSON", 2, LocalDate.of(2026, 1, 5));
        long id = m.held(ref, DAY);
        LocalDate due = LocalDate.of(2026, 6, 4);
        assertThat(work(m.minuteTaker, WorkKind.MINUTES_TO_WRITE)).singleElement()
                .satisfies(w -> {
                    assertThat(w.due()).isEqualTo(due);
                    assertThat(w.href()).isEqualTo("/nominals/" + ref + "/meetings/" + id + "/minutes");
                });
        assertThat(work(m.f.coordinator, WorkKind.MINUTES_TO_WRITE)).hasSize(1);
        assertThat(work(m.f.practitioner, WorkKind.MINUTES_TO_WRITE)).isEmpty();
        int v = m.submitted(ref, id, "Weekly");
        assertThat(work(m.minuteTaker, WorkKind.MINUTES_TO_WRITE)).isEmpty();
        assertThat(work(m.f.chair, WorkKind.MINUTES_TO_APPROVE)).singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(due));
        asChair(() -> minutes.approve(ref, id, v));
        assertThat(work(m.f.chair, WorkKind.MINUTES_TO_APPROVE)).isEmpty();
        assertThat(work(m.minuteTaker, WorkKind.MINUTES_TO_SEND)).singleElement()
                .satisfies(w -> assertThat(w.ref()).isEqualTo(ref));
    }

    List<WorkItem> work(String user, WorkKind kind) {
        return TestUsers.asOperator(() -> users.viewer(user)).map(viewer -> TestUsers.signedIn(user, viewer.role(),
                () -> workSources.stream().flatMap(s -> s.workFor(viewer, LocalDate.now(clock)).stream())
                        .filter(w -> w.kind() == kind).toList())).orElseThrow();
    }
}
