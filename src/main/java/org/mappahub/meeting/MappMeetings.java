package org.mappahub.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.AgencyKind;
import org.mappahub.access.AgencyType;
import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.Users;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.policy.AreaPolicies;

/**
 * A person's MAPP meetings, read and changed as the signed-in user. Reading needs the full history (Responsible
 * Authority staff; a duty-to-co-operate agency is refused even when invited: it sees the case's shared parts, not
 * the meeting records). Scheduling, invitations and outcomes are the owning area's co-ordinator's or chair's
 * ({@link Access#mayShare()}): inviting a duty-to-co-operate or voluntary agency shares the case with it
 * ({@link CaseAccess#shareAs}). Every change bumps the meeting's version (a change against an older one is refused)
 * and is audited in the same transaction.
 */
@Service
public class MappMeetings {

    static final String PART = "MAPP meetings";
    static final int MAX_TEXT = 200;
    static final int MAX_REASON = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CaseRecords records;
    private final CaseAccess caseAccess;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Agencies agencies;
    private final Users users;
    private final AreaPolicies policies;
    private final Clock clock;

    MappMeetings(CaseRecords records, CaseAccess caseAccess, JdbcClient jdbc, AuditTrail audit, Agencies agencies,
                 Users users, AreaPolicies policies, Clock clock) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
        this.users = users;
        this.policies = policies;
        this.clock = clock;
    }

    /** One agency invited to a meeting, and (once held) how it took part. */
    public record Invitation(long id, long agencyId, String agencyName, AgencyType agencyType, Attendance attendance) {
    }

    /** A participant from another area, kept as text. */
    public record DialIn(long id, String name, String agency, String area) {
    }

    /** One meeting with its invitations and dial-in participants. */
    public record Meeting(long id, MeetingKind kind, int level, LocalDateTime startsAt, String place, boolean virtual,
                          String chair, String chairName, MeetingStatus status, String cancelReason, int version,
                          List<Invitation> invitations, List<DialIn> dialIns) {
        public String where() {
            return virtual ? (place == null ? "Virtual" : "Virtual (" + place + ")") : place;
        }
    }

    /**
     * Everything the meetings pages show.
     *
     * @param cycle     the review cycle today; null when the person is not at level 2 or 3 today
     * @param mayArrange whether the user may schedule meetings, invite and record outcomes
     * @param agencies  the agencies of the owning area (to invite)
     * @param chairs    the owning area's chairs (usernames to display names)
     */
    public record Picture(String ref, String name, String area, List<Meeting> meetings, ReviewCycle cycle,
                          boolean mayArrange, List<Agencies.Agency> agencies, Map<String, String> chairs) {
        public Meeting meeting(long id) {
            return meetings.stream().filter(m -> m.id() == id).findFirst()
                    .orElseThrow(() -> new MeetingNotFoundException(ref, id));
        }
    }

    /** A meeting as the user schedules it. */
    public record Schedule(MeetingKind kind, LocalDate date, LocalTime time, String place, boolean virtual,
                           String chair) {
    }

    /** The meetings for the signed-in user; the view is audited as a view of the record. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed); // refused before the view is audited
        return picture(records.recordView(viewed));
    }

    /** Schedules a meeting; returns its id. */
    @Transactional
    public long schedule(String ref, Schedule input) {
        CaseRecords.Viewed viewed = arranging(ref);
        NominalRecord r = viewed.stored().record();
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.kind() == null) {
            problems.put("kind", "Select whether this is the initial meeting or a review");
        }
        Integer level = null;
        if (input.date() == null) {
            problems.put("date", "Enter the date of the meeting");
        } else {
            level = r.levels().stream().filter(s -> s.covers(input.date())).map(NominalRecord.LevelSpan::level)
                    .findFirst().orElse(null);
            if (level == null || level < 2) {
                problems.put("date", "MAPP meetings are for people managed at level 2 or 3: on "
                        + DAY.format(input.date()) + " this person is " + (level == null ? "not managed at a level"
                        : "managed at level " + level));
            }
        }
        if (input.time() == null) {
            problems.put("time", "Enter the time of the meeting, like 14:30");
        }
        String place = trimmed(input.place());
        if (place == null && !input.virtual()) {
            problems.put("place", "Enter where the meeting is held, or say that it is virtual");
        } else if (place != null && place.length() > MAX_TEXT) {
            problems.put("place", "The place must be " + MAX_TEXT + " characters or fewer");
        }
        String chair = trimmed(input.chair());
        if (chair == null) {
            problems.put("chair", "Select the chair");
        } else {
            Viewer c = users.viewer(chair).orElse(null);
            if (c == null || c.role() != Role.CHAIR || !r.area().equals(c.area())) {
                problems.put("chair", "The chair must be a chair of " + r.area());
            }
        }
        if (input.kind() == MeetingKind.INITIAL && problems.isEmpty() && lastHeld(viewed.stored().id()) != null) {
            problems.put("kind", "The initial meeting has been held already: schedule a review");
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into mapp_meeting (nominal_id, kind, level, starts_at, place, virtual, chair,
                            created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(viewed.stored().id(), input.kind().name(), level,
                        Timestamp.valueOf(LocalDateTime.of(input.date(), input.time())), place, input.virtual(), chair,
                        actor, now, actor, now)
                .query(Long.class).single();
        audit.record(AuditEvent.created(ref, audited(meeting(viewed.stored().id(), id, ref)), actor));
        return id;
    }

    /**
     * Invites one of the area's agencies; a duty-to-co-operate or voluntary agency is brought into the case
     * ({@link ShareBasis#MEETING_INVITATION}) unless it is already. Returns the meeting's new version.
     */
    @Transactional
    public int invite(String ref, long meetingId, int expectedVersion, Long agencyId) {
        CaseRecords.Viewed viewed = arranging(ref);
        Meeting before = current(viewed, ref, meetingId, expectedVersion);
        if (before.status() != MeetingStatus.SCHEDULED) {
            throw InvalidMeetingException.of("agency", "Agencies are invited to a scheduled meeting only");
        }
        Agencies.Agency agency = agencyId == null ? null : agencies.find(agencyId).orElse(null);
        if (agency == null || !agency.area().equals(viewed.stored().record().area())) {
            throw InvalidMeetingException.of("agency", "Select an agency of " + viewed.stored().record().area());
        }
        if (before.invitations().stream().anyMatch(i -> i.agencyId() == agency.id())) {
            throw InvalidMeetingException.of("agency", agency.name() + " is invited already");
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into mapp_meeting_invitation (meeting_id, nominal_id, agency_id, created_by, created_at,
                            updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(meetingId, viewed.stored().id(), agency.id(), actor, now, actor, now).update();
        if (agency.kind() != AgencyKind.RESPONSIBLE_AUTHORITY
                && caseAccess.shares(ref).stream().noneMatch(s -> s.agencyId() == agency.id())) {
            caseAccess.shareAs(ref, agency.id(), ShareBasis.MEETING_INVITATION,
                    "Invited to the MAPP meeting on " + DAY.format(before.startsAt()), actor);
        }
        return changed(viewed, ref, before, expectedVersion, actor);
    }

    /** Adds a participant from another area. Returns the meeting's new version. */
    @Transactional
    public int addDialIn(String ref, long meetingId, int expectedVersion, String name, String agency, String area) {
        CaseRecords.Viewed viewed = arranging(ref);
        Meeting before = current(viewed, ref, meetingId, expectedVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        String n = text(problems, "name", name, "the participant's name");
        String a = text(problems, "dialInAgency", agency, "their agency");
        String ar = text(problems, "dialInArea", area, "their area");
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        String actor = Actor.currentUser();
        jdbc.sql("""
                        insert into mapp_meeting_dial_in (meeting_id, nominal_id, name, agency, area, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(meetingId, viewed.stored().id(), n, a, ar, actor, Timestamp.from(clock.instant())).update();
        return changed(viewed, ref, before, expectedVersion, actor);
    }

    /**
     * Records that the meeting was held, with each invited agency's attendance (by invitation id: every one must
     * be given). Returns the meeting's new version.
     */
    @Transactional
    public int recordHeld(String ref, long meetingId, int expectedVersion, Map<Long, Attendance> attendance) {
        CaseRecords.Viewed viewed = arranging(ref);
        Meeting before = current(viewed, ref, meetingId, expectedVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        if (before.status() != MeetingStatus.SCHEDULED) {
            problems.put("status", "Only a scheduled meeting can be recorded as held");
        } else if (before.startsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            problems.put("status", "The meeting is on " + DAY.format(before.startsAt())
                    + ": it can be recorded as held on that day or later");
        }
        for (Invitation i : before.invitations()) {
            if (attendance.get(i.id()) == null) {
                problems.put("attendance-" + i.id(), "Select how " + i.agencyName() + " took part");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        for (Invitation i : before.invitations()) {
            jdbc.sql("update mapp_meeting_invitation set attendance = ?, updated_by = ?, updated_at = ? where id = ?")
                    .params(attendance.get(i.id()).name(), actor, now, i.id()).update();
        }
        setStatus(meetingId, expectedVersion, MeetingStatus.HELD, null, actor, now);
        return changed(viewed, ref, before, expectedVersion, actor);
    }

    /** Cancels a scheduled meeting, with the reason. Returns the meeting's new version. */
    @Transactional
    public int cancel(String ref, long meetingId, int expectedVersion, String reason) {
        CaseRecords.Viewed viewed = arranging(ref);
        Meeting before = current(viewed, ref, meetingId, expectedVersion);
        String why = trimmed(reason);
        if (before.status() != MeetingStatus.SCHEDULED) {
            throw InvalidMeetingException.of("status", "Only a scheduled meeting can be cancelled");
        }
        if (why == null) {
            throw InvalidMeetingException.of("reason", "Enter why the meeting was cancelled");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidMeetingException.of("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        String actor = Actor.currentUser();
        setStatus(meetingId, expectedVersion, MeetingStatus.CANCELLED, why, actor, Timestamp.from(clock.instant()));
        return changed(viewed, ref, before, expectedVersion, actor);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The day of the last meeting held of the person (row-level security applies: call as the user). */
    LocalDate lastHeld(long nominalId) {
        return jdbc.sql("select max(starts_at) from mapp_meeting where nominal_id = ? and status = 'HELD'")
                .param(nominalId).query(Timestamp.class).optional()
                .map(t -> t.toLocalDateTime().toLocalDate()).orElse(null);
    }

    /** Whether a meeting is scheduled on or after {@code from}. */
    LocalDate nextScheduled(long nominalId, LocalDate from) {
        return jdbc.sql("""
                        select min(starts_at) from mapp_meeting
                         where nominal_id = ? and status = 'SCHEDULED' and starts_at >= ?""")
                .params(nominalId, Timestamp.valueOf(from.atStartOfDay())).query(Timestamp.class).optional()
                .map(t -> t.toLocalDateTime().toLocalDate()).orElse(null);
    }

    ReviewCycle cycle(NominalRecord r, long nominalId, LocalDate today) {
        return ReviewCycle.of(r.levels(), lastHeld(nominalId), policies.settingsFor(r.area()), today);
    }

    private Picture picture(CaseRecords.Viewed viewed) {
        NominalRecord r = viewed.stored().record();
        long id = viewed.stored().id();
        List<Meeting> meetings = jdbc.sql("select id from mapp_meeting where nominal_id = ? order by starts_at desc, id desc")
                .param(id).query(Long.class).list().stream().map(m -> meeting(id, m, r.ref())).toList();
        boolean arrange = viewed.access().mayShare();
        Map<String, String> chairs = new LinkedHashMap<>();
        if (arrange) {
            users.list().stream().filter(u -> u.role() == Role.CHAIR && r.area().equals(u.area()) && u.enabled())
                    .forEach(u -> chairs.put(u.username(), u.displayName()));
        }
        return new Picture(r.ref(), r.person().fullName(), r.area(), meetings, cycle(r, id, LocalDate.now(clock)),
                arrange, arrange ? agencies.inArea(r.area()) : List.of(), chairs);
    }

    Meeting meeting(long nominalId, long meetingId, String ref) {
        List<Invitation> invitations = jdbc.sql("""
                        select i.id, a.id, a.name, a.type, i.attendance from mapp_meeting_invitation i
                          join agency a on a.id = i.agency_id where i.meeting_id = ? order by a.name""")
                .param(meetingId)
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        AgencyType.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Attendance.valueOf(rs.getString(5)))).list();
        List<DialIn> dialIns = jdbc.sql("select id, name, agency, area from mapp_meeting_dial_in where meeting_id = ? order by id")
                .param(meetingId)
                .query((rs, n) -> new DialIn(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        return jdbc.sql("""
                        select id, kind, level, starts_at, place, virtual, chair, status, cancel_reason, version
                          from mapp_meeting where id = ? and nominal_id = ?""")
                .params(meetingId, nominalId)
                .query((rs, n) -> new Meeting(rs.getLong(1), MeetingKind.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        chairName(rs.getString(7)), MeetingStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getInt(10), invitations, dialIns))
                .optional().orElseThrow(() -> new MeetingNotFoundException(ref, meetingId));
    }

    /** The chair's name as people know them; the username when the account is gone. */
    private String chairName(String username) {
        return users.find(username).map(Users.Account::displayName).orElse(username);
    }

    // ------------------------------------------------------------------------------------------------ changing

    private Meeting current(CaseRecords.Viewed viewed, String ref, long meetingId, int expectedVersion) {
        Meeting m = meeting(viewed.stored().id(), meetingId, ref);
        if (m.version() != expectedVersion) {
            throw new StaleMeetingException(meetingId, expectedVersion);
        }
        return m;
    }

    private void setStatus(long meetingId, int expectedVersion, MeetingStatus status, String reason, String actor,
                           Timestamp now) {
        jdbc.sql("update mapp_meeting set status = ?, cancel_reason = ?, updated_by = ?, updated_at = ? where id = ? and version = ?")
                .params(status.name(), reason, actor, now, meetingId, expectedVersion).update();
    }

    /** Bumps the version (refusing a change made meanwhile) and audits the meeting before and after. */
    private int changed(CaseRecords.Viewed viewed, String ref, Meeting before, int expectedVersion, String actor) {
        int updated = jdbc.sql("""
                        update mapp_meeting set version = version + 1, updated_by = ?, updated_at = ?
                         where id = ? and version = ?""")
                .params(actor, Timestamp.from(clock.instant()), before.id(), expectedVersion).update();
        if (updated != 1) {
            throw new StaleMeetingException(before.id(), expectedVersion); // rolls back what was written
        }
        Meeting after = meeting(viewed.stored().id(), before.id(), ref);
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), actor));
        return after.version();
    }

    private CaseRecords.Viewed arranging(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        if (!viewed.access().mayShare()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not arrange MAPP meetings",
                    "Only the owning area's co-ordinator or chair arranges MAPP meetings");
        }
        return viewed;
    }

    private void requireHistory(String ref, CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "MAPP meeting records are kept for Responsible Authority staff: this user sees the shared parts only");
        }
    }

    static Object audited(Meeting m) {
        return AuditEvent.details("meeting", m.id(), "kind", m.kind().name(), "level", m.level(),
                "startsAt", m.startsAt().toString(), "place", m.place(), "virtual", m.virtual(), "chair", m.chair(),
                "status", m.status().name(), "cancelReason", m.cancelReason(),
                "invitations", m.invitations().stream().map(i -> AuditEvent.details("agency", i.agencyName(),
                        "attendance", i.attendance() == null ? null : i.attendance().name())).toList(),
                "dialIns", m.dialIns().stream().map(d -> AuditEvent.details("name", d.name(), "agency", d.agency(),
                        "area", d.area())).toList());
    }

    private static String text(Map<String, String> problems, String field, String value, String what) {
        String v = trimmed(value);
        if (v == null) {
            problems.put(field, "Enter " + what);
        } else if (v.length() > MAX_TEXT) {
            problems.put(field, "Enter " + what + " in " + MAX_TEXT + " characters or fewer");
        }
        return v;
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String day(LocalDate d) {
        return DAY.format(d);
    }
}
