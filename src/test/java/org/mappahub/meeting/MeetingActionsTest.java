package org.mappahub.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.AgencyType;
import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MeetingActions.Action;
import org.mappahub.meeting.MeetingActions.NewAction;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Nominals;
import org.mappahub.rules.ActionRules;
import org.mappahub.work.WorkItem;

/**
 * The actions service as signed-in users: the owning area's co-ordinator, chair or minute taker records actions for
 * a meeting held or being held, refused naming each field with nothing written; giving one to a DTC agency shares the
 * case with it, which then sees its own actions only and completes them; another agency is refused; a stale change
 * is refused; due and overdue follow the clock, on the tracker, the record page and the work list.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class MeetingActionsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Autowired MeetingActions actions;
    @Autowired MappMeetings meetings;
    @Autowired ActionsOutlook outlook;
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
    String minuteTaker;
    String housing;
    long housingAgency;

    @BeforeEach
    void aPersonAtLevel2() {
        clock.set(TODAY.atTime(9, 0).atZone(LONDON).toInstant());
        f = new MeetingFixture("ACTSVC", areas, users, agencies, nominals);
        minuteTaker = "meeting.actsvc.minutes";
        housing = "meeting.actsvc.housing";
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(minuteTaker, Role.MINUTE_TAKER, f.area);
        housingAgency = placed.place(housing, Role.DTC_REPRESENTATIVE, f.area, AgencyType.HOUSING);
        ref = f.person("ACTSVCPERSON", 2, TODAY.minusMonths(1));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    long meetingOn(LocalDate day) {
        return TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.schedule(ref,
                new MappMeetings.Schedule(MeetingKind.INITIAL, day, LocalTime.of(10, 0), null, true, f.chair)));
    }

    long recorded(long meeting, String description, long agency, String owner, LocalDate deadline) {
        return TestUsers.signedIn(f.chair, Role.CHAIR, () -> actions.record(ref, meeting,
                new NewAction(description, agency, owner, null, deadline)));
    }

    <T> T as(String user, Role role, java.util.function.Supplier<T> work) {
        return TestUsers.signedIn(user, role, work);
    }

    long count() {
        return TestUsers.asOperator(() -> jdbc.sql("select count(*) from mapp_action a join nominal n on n.id = a.nominal_id where n.ref = ?")
                .param(ref).query(Long.class).single());
    }

    @Test
    void recordingRefusesNamingEachFieldAndWritesNothing() {
        long meeting = meetingOn(TODAY);
        assertThatThrownBy(() -> as(f.chair, Role.CHAIR, () -> actions.record(ref, meeting,
                new NewAction(" ", null, null, null, null))))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("description", "agency", "deadline"));
        // the owning person must be a user of the owning agency; a user and a name are not both given
        assertThatThrownBy(() -> as(f.chair, Role.CHAIR, () -> actions.record(ref, meeting,
                new NewAction("Visit the address", f.dtcAgency, f.practitioner, null, TODAY.plusDays(7)))))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("owner").extractingByKey("owner").asString().contains("must be a user of"));
        assertThatThrownBy(() -> as(f.chair, Role.CHAIR, () -> actions.record(ref, meeting,
                new NewAction("Visit the address", f.police, f.practitioner, "Pat Nobody", TODAY.plusDays(7)))))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems()).containsOnlyKeys("ownerName"));
        // an agency of another area is not an owning agency; a deadline before the meeting is refused
        long elsewhere = TestUsers.asOperator(() -> {
            areas.save(new Area("ACTSVC_ELSEWHERE", "Elsewhereshire", List.of(), List.of()));
            return agencies.create("ACTSVC_ELSEWHERE", "Elsewhere police", AgencyType.POLICE);
        });
        assertThatThrownBy(() -> as(f.chair, Role.CHAIR, () -> actions.record(ref, meeting,
                new NewAction("Visit the address", elsewhere, null, null, TODAY.minusDays(1)))))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("agency", "deadline"));
        // a meeting not yet being held
        long later = meetingOn(TODAY.plusDays(3));
        assertThatThrownBy(() -> as(f.chair, Role.CHAIR, () -> actions.record(ref, later,
                new NewAction("Visit the address", f.police, null, null, TODAY.plusDays(7)))))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("meeting"));
        assertThat(count()).isZero();
    }

    @Test
    void theCoordinatorChairOrMinuteTakerRecordsAPractitionerDoesNot() {
        long meeting = meetingOn(TODAY);
        assertThatThrownBy(() -> as(f.practitioner, Role.PRACTITIONER, () -> actions.record(ref, meeting,
                new NewAction("Visit the address", f.police, null, null, TODAY.plusDays(7)))))
                .isInstanceOf(AccessRefusedException.class);
        long id = as(minuteTaker, Role.MINUTE_TAKER, () -> actions.record(ref, meeting,
                new NewAction("Visit the address", f.police, f.practitioner, null, TODAY.plusDays(7))));
        Action a = as(f.practitioner, Role.PRACTITIONER, () -> actions.one(ref, id)).action();
        assertThat(a.person()).isEqualTo("Test " + f.practitioner);
        assertThat(a.createdBy()).isEqualTo(minuteTaker);
        assertThat(a.meetingDate()).isEqualTo(TODAY);
        assertThat(as(f.chair, Role.CHAIR, () -> actions.agreedAt(ref, meeting))).extracting(Action::id).containsExactly(id);
        assertThat(TestUsers.asOperator(() -> jdbc.sql(
                "select count(*) from audit_entry where subject = ? and action = 'CREATE' and details::text like '%Visit the address%'")
                .param(ref).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void givingAnActionToADtcAgencySharesTheCaseAndItSeesItsOwnActionsOnly() {
        long meeting = meetingOn(TODAY);
        recorded(meeting, "Police visit", f.police, null, TODAY.plusDays(20));
        assertThat(TestUsers.signedIn(f.dtc, Role.DTC_REPRESENTATIVE, () -> caseAccess.decide(ref).allowed())).isFalse();
        long theirs = recorded(meeting, "Children's services check", f.dtcAgency, f.dtc, TODAY.plusDays(10));
        assertThat(TestUsers.asOperator(() -> caseAccess.shares(ref))).singleElement()
                .satisfies(s -> assertThat(s.basis()).isEqualTo(ShareBasis.ACTION_ASSIGNED));

        MeetingActions.Tracker seen = as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.tracker(ref));
        assertThat(seen.allActions()).isFalse();
        assertThat(seen.actions()).extracting(Action::id).containsExactly(theirs);
        assertThat(seen.actions().get(0).meetingDate()).as("nothing of the meetings").isNull();
        assertThat(as(f.practitioner, Role.PRACTITIONER, () -> actions.tracker(ref)).actions()).hasSize(2);
        // nor the meeting's list of actions
        assertThatThrownBy(() -> as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.agreedAt(ref, meeting)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theOwningAgencyCompletesAnotherAgencyIsRefused() {
        long meeting = meetingOn(TODAY);
        long id = recorded(meeting, "Children's services check", f.dtcAgency, null, TODAY.plusDays(10));
        recorded(meeting, "Housing review", housingAgency, null, TODAY.plusDays(10)); // housing sees the case too
        // the police practitioner sees the action but is not of its agency
        assertThatThrownBy(() -> as(f.practitioner, Role.PRACTITIONER,
                () -> actions.complete(ref, id, 0, "Done", TODAY))).isInstanceOf(AccessRefusedException.class);
        // another DTC agency does not even see it
        assertThatThrownBy(() -> as(housing, Role.DTC_REPRESENTATIVE,
                () -> actions.complete(ref, id, 0, "Done", TODAY))).isInstanceOf(ActionNotFoundException.class);
        // the owning agency: a completion in the future is refused, then recorded
        assertThatThrownBy(() -> as(f.dtc, Role.DTC_REPRESENTATIVE,
                () -> actions.complete(ref, id, 0, " ", TODAY.plusDays(1))))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("completionNote", "completedOn"));
        int v = as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.recordProgress(ref, id, 0, "Visited once"));
        as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.complete(ref, id, v, "Assessment done", TODAY));
        Action done = as(f.chair, Role.CHAIR, () -> actions.one(ref, id)).action();
        assertThat(done.status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(done.completedOn()).isEqualTo(TODAY);
        assertThat(done.completedOnTime()).isTrue();
        assertThat(done.progress()).isEqualTo("Visited once");
        assertThat(done.updatedBy()).isEqualTo(f.dtc);
        // a completed action changes no more
        assertThatThrownBy(() -> as(f.chair, Role.CHAIR, () -> actions.cancel(ref, id, done.version(), "No longer needed")))
                .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.problems()).containsKey("status"));
    }

    @Test
    void aChangeAgainstAnOldVersionIsRefusedAndNothingIsWritten() {
        long meeting = meetingOn(TODAY);
        long id = recorded(meeting, "Police visit", f.police, null, TODAY.plusDays(10));
        as(f.practitioner, Role.PRACTITIONER, () -> actions.recordProgress(ref, id, 0, "First visit"));
        assertThatThrownBy(() -> as(f.practitioner, Role.PRACTITIONER,
                () -> actions.complete(ref, id, 0, "Done", TODAY))).isInstanceOf(StaleActionException.class);
        Action a = as(f.chair, Role.CHAIR, () -> actions.one(ref, id)).action();
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.version()).isEqualTo(1);
    }

    @Test
    void theChairCancelsOrReassignsAndReassigningToADtcAgencySharesTheCase() {
        long meeting = meetingOn(TODAY);
        long id = recorded(meeting, "Police visit", f.police, null, TODAY.plusDays(10));
        assertThatThrownBy(() -> as(f.practitioner, Role.PRACTITIONER,
                () -> actions.cancel(ref, id, 0, "Not needed"))).isInstanceOf(AccessRefusedException.class);
        as(f.chair, Role.CHAIR, () -> actions.reassign(ref, id, 0, f.dtcAgency, f.dtc, null, TODAY.plusDays(20)));
        assertThat(TestUsers.asOperator(() -> caseAccess.shares(ref))).singleElement()
                .satisfies(s -> assertThat(s.basis()).isEqualTo(ShareBasis.ACTION_ASSIGNED));
        Action a = as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.one(ref, id)).action();
        assertThat(a.agencyId()).isEqualTo(f.dtcAgency);
        assertThat(a.deadline()).isEqualTo(TODAY.plusDays(20));
        as(f.coordinator, Role.COORDINATOR, () -> actions.cancel(ref, id, 1, "The person moved away"));
        assertThat(as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.one(ref, id)).action().cancelReason())
                .isEqualTo("The person moved away");
    }

    @Test
    void dueAndOverdueFollowTheClock() {
        long meeting = meetingOn(TODAY);
        long id = recorded(meeting, "Children's services check", f.dtcAgency, f.dtc, TODAY.plusDays(10));
        long unassigned = recorded(meeting, "Police visit", f.police, null, TODAY.plusDays(ActionRules.DUE_SOON_DAYS + 5));
        Action a = as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.one(ref, id)).action();
        assertThat(a.timeliness(TODAY)).isEqualTo(ActionRules.Timeliness.DUE_SOON);

        // the DTC owner's work list has it; the police practitioner's does not yet have the unassigned one (due later)
        assertThat(as(f.dtc, Role.DTC_REPRESENTATIVE, () -> outlook.workFor(users.viewer(f.dtc).orElseThrow(), TODAY)))
                .extracting(WorkItem::href).contains("/nominals/" + ref + "/actions/" + id);
        assertThat(as(f.practitioner, Role.PRACTITIONER,
                () -> outlook.workFor(users.viewer(f.practitioner).orElseThrow(), TODAY))).isEmpty();

        clock.set(TODAY.plusDays(11).atTime(9, 0).atZone(LONDON).toInstant());
        LocalDate later = TODAY.plusDays(11);
        MeetingActions.Tracker t = as(f.chair, Role.CHAIR, () -> actions.tracker(ref));
        assertThat(t.overdue()).isEqualTo(1);
        assertThat(t.actions().get(0).overdue(later)).isTrue();
        // the record page: the overdue one and the unassigned one now due within the days; the current picture's line
        CaseRecords.Viewed viewed = as(f.chair, Role.CHAIR, () -> records.read(ref));
        assertThat(as(f.chair, Role.CHAIR, () -> outlook.deadlines(viewed, later)))
                .extracting(d -> d.statusOn(later)).containsExactly("Overdue by 1 day", "Due in 8 days");
        assertThat(as(f.chair, Role.CHAIR, () -> outlook.summary(viewed, later))).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("2 open actions, 1 overdue"));
        // the police practitioner's agency's unassigned action is due now; the co-ordinator sees the area's overdue one
        assertThat(as(f.practitioner, Role.PRACTITIONER,
                () -> outlook.workFor(users.viewer(f.practitioner).orElseThrow(), later)))
                .extracting(WorkItem::href).containsExactly("/nominals/" + ref + "/actions/" + unassigned);
        assertThat(as(f.coordinator, Role.COORDINATOR,
                () -> outlook.workFor(users.viewer(f.coordinator).orElseThrow(), later)))
                .extracting(WorkItem::href).contains("/nominals/" + ref + "/actions/" + id,
                        "/nominals/" + ref + "/actions/" + unassigned);
        // completed after the deadline: stored, and counted as late
        as(f.dtc, Role.DTC_REPRESENTATIVE, () -> actions.complete(ref, id, 0, "Assessment done", later));
        assertThat(as(f.chair, Role.CHAIR, () -> actions.one(ref, id)).action().completedOnTime()).isFalse();
    }
}
