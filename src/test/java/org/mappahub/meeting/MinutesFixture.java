package org.mappahub.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.assessment.RiskLevel;
import org.mappahub.meeting.MinutesContent.Disclosure;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * {@link MeetingFixture} with a minute taker, and the steps of a meeting to its minutes: a meeting held on a day (the
 * clock moved to it) with the area's police and the DTC agency invited, minutes started, completed, submitted and
 * approved — each as the user whose step it is.
 */
public final class MinutesFixture {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public final MeetingFixture f;
    public final String minuteTaker;
    private final MappMeetings meetings;
    private final MappMinutes minutes;
    private final MovableClock clock;

    public MinutesFixture(String area, Areas areas, Users users, Agencies agencies, Nominals nominals,
                          MappMeetings meetings, MappMinutes minutes, MovableClock clock) {
        this.f = new MeetingFixture(area, areas, users, agencies, nominals);
        this.minuteTaker = "meeting." + area.toLowerCase() + ".minutes";
        new TestUsers(users, agencies).place(minuteTaker, Role.MINUTE_TAKER, area);
        this.meetings = meetings;
        this.minutes = minutes;
        this.clock = clock;
    }

    public void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(LONDON).toInstant());
    }

    /** A meeting scheduled for {@code day} (police and the DTC agency invited), the clock then moved to it. */
    public long scheduled(String ref, LocalDate day) {
        today(day.minusDays(7));
        long id = TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.schedule(ref,
                new MappMeetings.Schedule(MeetingKind.REVIEW, day, LocalTime.of(10, 0), "MAPPA room", false, f.chair)));
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.invite(ref, id, 0, f.police));
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.invite(ref, id, 1, f.dtcAgency));
        today(day);
        return id;
    }

    /** {@link #scheduled} and recorded as held, everyone attending. */
    public long held(String ref, LocalDate day) {
        long id = scheduled(ref, day);
        TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> {
            MappMeetings.Meeting m = meetings.view(ref).meeting(id);
            Map<Long, Attendance> all = new java.util.HashMap<>();
            m.invitations().forEach(i -> all.put(i.id(), Attendance.ATTENDED));
            return meetings.recordHeld(ref, id, m.version(), all);
        });
        return id;
    }

    /** Complete minutes with this supervision text and next review date. */
    public static MinutesContent complete(String supervision, LocalDate nextReview) {
        Map<RiskGroup, RiskLevel> risks = new java.util.EnumMap<>(RiskGroup.class);
        for (RiskGroup g : RiskGroup.values()) {
            risks.put(g, g == RiskGroup.CHILDREN ? RiskLevel.HIGH : RiskLevel.LOW);
        }
        return new MinutesContent(true, "A letter read to the meeting", risks, "Girls aged 10 to 14",
                "Alcohol; loss of accommodation", "Supportive sister", supervision, "Curfew and GPS tag",
                "Sex offender treatment programme", "Exclusion zone around the victim's school", "Recall if the tag fails",
                List.of(new Disclosure("Conviction history", "Head teacher, St Mary's", "He collects a child there",
                        "ACC Smith", OffenderInformed.TOLD, null)), null, null, nextReview);
    }

    public int version(String user, Role role, String ref, long meetingId) {
        return TestUsers.signedIn(user, role, () -> minutes.view(ref, meetingId).current().version());
    }

    /** Minutes started, completed and submitted by the minute taker; returns the version. */
    public int submitted(String ref, long meetingId, String supervision) {
        return TestUsers.signedIn(minuteTaker, Role.MINUTE_TAKER, () -> {
            int v = minutes.start(ref, meetingId);
            LocalDate next = minutes.view(ref, meetingId).reviewLatest();
            v = minutes.save(ref, meetingId, v, complete(supervision, next));
            return minutes.submit(ref, meetingId, v);
        });
    }

    /** Minutes submitted and approved by the chair; returns the version. */
    public int approved(String ref, long meetingId, String supervision) {
        int v = submitted(ref, meetingId, supervision);
        return TestUsers.signedIn(f.chair, Role.CHAIR, () -> minutes.approve(ref, meetingId, v));
    }
}
