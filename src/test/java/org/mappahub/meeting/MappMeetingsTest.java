package org.mappahub.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MappMeetings.Meeting;
import org.mappahub.meeting.MappMeetings.Schedule;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Nominals;

/**
 * The meetings service as signed-in users: the owning area's co-ordinator or chair schedules, invites, records
 * attendance or cancels; bad input is refused naming the field with nothing written; a stale meeting is refused;
 * inviting a DTC agency shares the case with it for the shared parts only; every change is audited.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class MappMeetingsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Autowired MappMeetings meetings;
    @Autowired CaseRecords records;
    @Autowired CaseAccess caseAccess;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    MeetingFixture f;
    String ref;

    @BeforeEach
    void aPersonAtLevel2() {
        clock.set(TODAY.atTime(9, 0).atZone(LONDON).toInstant());
        f = new MeetingFixture("MEETSVC", areas, users, agencies, nominals);
        ref = f.person("MEETSVCPERSON", 2, TODAY.minusMonths(1));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    Schedule review(LocalDate date) {
        return new Schedule(MeetingKind.INITIAL, date, LocalTime.of(10, 0), "MAPPA room, Central", false, f.chair);
    }

    long scheduled(LocalDate date) {
        return TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.schedule(ref, review(date)));
    }

    @Test
    void theCoordinatorSchedulesAndTheChairInvitesAndBothAreAudited() {
        long id = scheduled(TODAY.plusDays(10));
        int v = TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.invite(ref, id, 0, f.police));
        assertThat(v).isEqualTo(1);
        Meeting m = TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.view(ref)).meeting(id);
        assertThat(m.level()).isEqualTo(2);
        assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(m.invitations()).extracting(MappMeetings.Invitation::agencyId).containsExactly(f.police);
        // a Responsible Authority agency is not "shared with": it sees the area's cases already
        assertThat(TestUsers.asOperator(() -> caseAccess.shares(ref))).isEmpty();
        long audited = TestUsers.asOperator(() -> jdbc.sql(
                "select count(*) from audit_entry where subject = ? and action in ('CREATE', 'CHANGE')")
                .param(ref).query(Long.class).single());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void invitingADtcAgencySharesTheCaseForTheSharedPartsOnly() {
        long id = scheduled(TODAY.plusDays(10));
        assertThat(TestUsers.signedIn(f.dtc, Role.DTC_REPRESENTATIVE, () -> caseAccess.decide(ref).allowed())).isFalse();
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.invite(ref, id, 0, f.dtcAgency));
        assertThat(TestUsers.asOperator(() -> caseAccess.shares(ref))).singleElement()
                .satisfies(s -> assertThat(s.basis()).isEqualTo(ShareBasis.MEETING_INVITATION));
        CaseRecords.Viewed seen = TestUsers.signedIn(f.dtc, Role.DTC_REPRESENTATIVE, () -> records.read(ref));
        assertThat(seen.sees(RecordPart.CATEGORY_AND_LEVEL)).isTrue();
        assertThat(seen.sees(RecordPart.FULL_HISTORY)).isFalse();
        // the meeting records themselves are the Responsible Authority's (docs/SECURITY.md)
        assertThatThrownBy(() -> TestUsers.signedIn(f.dtc, Role.DTC_REPRESENTATIVE, () -> meetings.view(ref)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void onlyTheOwningAreasCoordinatorOrChairArrangesMeetings() {
        assertThatThrownBy(() -> TestUsers.signedIn(f.practitioner, Role.PRACTITIONER,
                () -> meetings.schedule(ref, review(TODAY.plusDays(3))))).isInstanceOf(AccessRefusedException.class);
        assertThat(TestUsers.signedIn(f.practitioner, Role.PRACTITIONER, () -> meetings.view(ref).mayArrange())).isFalse();
        assertThat(TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.view(ref).mayArrange())).isTrue();
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> TestUsers.signedIn(f.coordinator, Role.COORDINATOR,
                () -> meetings.schedule(ref, new Schedule(null, null, null, " ", false, null))))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("kind", "date", "time", "place", "chair"));
        // at level 1 on the day: MAPP meetings are for levels 2 and 3
        assertThatThrownBy(() -> TestUsers.signedIn(f.coordinator, Role.COORDINATOR,
                () -> meetings.schedule(ref, review(TODAY.minusMonths(2)))))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.problems().get("date"))
                        .contains("level 2 or 3").contains("level 1"));
        // the chair must be a chair of the area
        assertThatThrownBy(() -> TestUsers.signedIn(f.coordinator, Role.COORDINATOR,
                () -> meetings.schedule(ref, new Schedule(MeetingKind.INITIAL, TODAY, LocalTime.NOON, null, true,
                        f.practitioner))))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.problems()).containsOnlyKeys("chair"));
        assertThat(TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.view(ref).meetings())).isEmpty();
    }

    @Test
    void aChangeMadeAgainstAnOldVersionIsRefusedAndNothingIsWritten() {
        long id = scheduled(TODAY.plusDays(10));
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.invite(ref, id, 0, f.police));
        assertThatThrownBy(() -> TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.invite(ref, id, 0, f.dtcAgency)))
                .isInstanceOf(StaleMeetingException.class);
        assertThat(TestUsers.asOperator(() -> caseAccess.shares(ref))).isEmpty();
        assertThat(TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.view(ref)).meeting(id).invitations()).hasSize(1);
    }

    @Test
    void aMeetingIsHeldWithEveryInvitedAgencysAttendanceOrCancelledWithAReason() {
        long id = scheduled(TODAY);
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.invite(ref, id, 0, f.police));
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.invite(ref, id, 1, f.dtcAgency));
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR,
                () -> meetings.addDialIn(ref, id, 2, "Pat Other", "Probation", "Northshire"));
        Meeting m = TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.view(ref)).meeting(id);
        assertThat(m.dialIns()).extracting(MappMeetings.DialIn::area).containsExactly("Northshire");
        long policeInvitation = m.invitations().stream().filter(i -> i.agencyId() == f.police).findFirst().orElseThrow().id();
        long dtcInvitation = m.invitations().stream().filter(i -> i.agencyId() == f.dtcAgency).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> TestUsers.signedIn(f.chair, Role.CHAIR,
                () -> meetings.recordHeld(ref, id, 3, Map.of(policeInvitation, Attendance.ATTENDED))))
                .isInstanceOfSatisfying(InvalidMeetingException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("attendance-" + dtcInvitation));
        TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.recordHeld(ref, id, 3,
                Map.of(policeInvitation, Attendance.ATTENDED, dtcInvitation, Attendance.APOLOGIES_WITH_REPORT)));
        m = TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.view(ref)).meeting(id);
        assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(m.invitations()).extracting(MappMeetings.Invitation::attendance)
                .containsExactlyInAnyOrder(Attendance.ATTENDED, Attendance.APOLOGIES_WITH_REPORT);

        long next = TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.schedule(ref,
                new Schedule(MeetingKind.REVIEW, TODAY.plusWeeks(8), LocalTime.of(14, 30), null, true, f.chair)));
        assertThatThrownBy(() -> TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.recordHeld(ref, next, 0, Map.of())))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.problems()).containsKey("status"));
        assertThatThrownBy(() -> TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.cancel(ref, next, 0, " ")))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.problems()).containsKey("reason"));
        TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.cancel(ref, next, 0, "The chair is unavailable"));
        Meeting cancelled = TestUsers.signedIn(f.chair, Role.CHAIR, () -> meetings.view(ref)).meeting(next);
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("The chair is unavailable");
        // once held, the next one is a review
        assertThatThrownBy(() -> scheduled(TODAY.plusWeeks(2)))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.problems()).containsKey("kind"));
    }
}
