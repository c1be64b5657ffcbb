package org.mappahub.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.AgencyKind;
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
import org.mappahub.rules.ActionRules;

/**
 * The actions agreed at a person's MAPP meetings, read and changed as the signed-in user.
 * <ul>
 * <li>Who sees: a viewer granted {@link RecordPart#ALL_ACTIONS} (Responsible Authority staff who see the full
 * history) every action of the case; one granted only {@link RecordPart#OWN_AGENCY_ACTIONS} (a duty-to-co-operate or
 * voluntary agency's representative) only the actions assigned to their agency, and nothing of the meetings.</li>
 * <li>Who records: the owning area's co-ordinator, chair or minute taker, for a meeting that is held or being held
 * (scheduled for today or earlier). Assigning an action to a duty-to-co-operate or voluntary agency brings it into
 * the case ({@link ShareBasis#ACTION_ASSIGNED}).</li>
 * <li>Who updates: the owning agency's users record progress and completion; the co-ordinator or chair
 * ({@link Access#mayShare()}) may also complete, cancel or reassign.</li>
 * </ul>
 * Every change names the version it was made against (stale: refused) and is audited in the same transaction.
 */
@Service
public class MeetingActions {

    static final String PART = "Actions";
    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 200;

    private final CaseRecords records;
    private final CaseAccess caseAccess;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Agencies agencies;
    private final Users users;
    private final Clock clock;

    MeetingActions(CaseRecords records, CaseAccess caseAccess, JdbcClient jdbc, AuditTrail audit, Agencies agencies,
                   Users users, Clock clock) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
    }

    /**
     * One action.
     *
     * @param meetingDate the day of the meeting it was agreed at; null for a viewer who sees nothing of the meetings
     * @param ownerUsername the owning person's account, if they have one ({@code ownerDisplay} their name)
     * @param ownerName     the owning person's name when they have no account
     */
    public record Action(long id, String ref, long meetingId, LocalDate meetingDate, String description, long agencyId,
                         String agencyName, String ownerUsername, String ownerDisplay, String ownerName,
                         LocalDate deadline, ActionStatus status, String progress, String progressBy,
                         Instant progressAt, String completionNote, LocalDate completedOn, String cancelReason,
                         int version, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

        /** The owning person, as shown: the account's name, the name given, or nobody yet. */
        public String person() {
            return ownerDisplay != null ? ownerDisplay : ownerName;
        }

        /** Overdue, due soon or later; null unless open. */
        public ActionRules.Timeliness timeliness(LocalDate today) {
            return status == ActionStatus.OPEN ? ActionRules.timeliness(deadline, today) : null;
        }

        public boolean overdue(LocalDate today) {
            return timeliness(today) == ActionRules.Timeliness.OVERDUE;
        }

        /** For a completed action: whether on or before the deadline (MAPPA.md §10); null otherwise. */
        public Boolean completedOnTime() {
            return completedOn == null ? null : ActionRules.completedOnTime(deadline, completedOn);
        }
    }

    /** Someone who may own an action: a user of an agency that may own it. */
    public record Candidate(String username, String displayName, long agencyId, String agencyName) {
    }

    /**
     * A person's actions as the user may see them.
     *
     * @param allActions whether these are all the case's actions; false: only {@code agencyName}'s
     */
    public record Tracker(String ref, String name, String area, boolean allActions, String agencyName,
                          List<Action> actions, LocalDate today) {
        public long open() {
            return actions.stream().filter(a -> a.status() == ActionStatus.OPEN).count();
        }

        public long overdue() {
            return actions.stream().filter(a -> a.overdue(today)).count();
        }
    }

    /**
     * One action with what the user may do with it.
     *
     * @param mayUpdate  may record progress and completion (the owning agency, the co-ordinator or chair)
     * @param mayManage  may cancel or reassign (the co-ordinator or chair)
     * @param agencies   the agencies it may be reassigned to (for a manager)
     * @param candidates the people it may be reassigned to (for a manager)
     */
    public record One(String ref, String name, Action action, boolean mayUpdate, boolean mayManage,
                      List<Agencies.Agency> agencies, List<Candidate> candidates, LocalDate today) {
    }

    /** The actions agreed at one meeting, and whether (and to whom) the user may record more. */
    public record AtMeeting(String ref, String name, long meetingId, LocalDateTime startsAt, MeetingStatus status,
                            List<Action> actions, boolean mayRecord, String whyNot, List<Agencies.Agency> agencies,
                            List<Candidate> candidates, LocalDate today) {
    }

    /** An action as the user records it. */
    public record NewAction(String description, Long agencyId, String ownerUsername, String ownerName,
                            LocalDate deadline) {
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The person's actions (all, or the user's agency's); the view is audited. Open first, by deadline. */
    @Transactional
    public Tracker tracker(String ref) {
        CaseRecords.Viewed viewed = seeing(ref);
        Viewer viewer = caseAccess.viewer().orElseThrow();
        boolean all = viewed.sees(RecordPart.ALL_ACTIONS);
        records.recordView(viewed);
        List<Action> actions = query(viewed, all ? null : viewer.agencyId(), "a.nominal_id = :nominal", Map.of()).stream()
                .sorted(Comparator.comparing((Action a) -> a.status() != ActionStatus.OPEN)
                        .thenComparing(Action::deadline).thenComparing(Action::id))
                .toList();
        return new Tracker(ref, viewed.stored().record().person().fullName(), viewed.stored().record().area(), all,
                viewer.agencyName(), actions, LocalDate.now(clock));
    }

    /** One action the user may see; the view is audited. */
    @Transactional
    public One one(String ref, long actionId) {
        CaseRecords.Viewed viewed = seeing(ref);
        Action a = visible(viewed, actionId);
        records.recordView(viewed);
        boolean manage = viewed.access().mayShare();
        boolean update = manage || mayUpdate(a);
        List<Agencies.Agency> owning = manage ? owningAgencies(viewed, a.meetingId()) : List.of();
        return new One(ref, viewed.stored().record().person().fullName(), a, update, manage, owning,
                candidates(owning), LocalDate.now(clock));
    }

    /**
     * The actions agreed at a meeting, for the meeting, minutes pages and PDF (Responsible Authority staff who see the
     * full history: the caller's own page audits the view of the record).
     */
    @Transactional(readOnly = true)
    public List<Action> agreedAt(String ref, long meetingId) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        return agreedAt(viewed, meetingId);
    }

    private List<Action> agreedAt(CaseRecords.Viewed viewed, long meetingId) {
        return query(viewed, null, "a.meeting_id = :meeting", Map.of("meeting", meetingId)).stream()
                .sorted(Comparator.comparing(Action::id)).toList();
    }

    /**
     * The actions agreed at a meeting as its minutes show them to this user: all of them for Responsible Authority
     * staff, only their own agency's for an invited duty-to-co-operate agency (who may read the approved minutes but
     * not the other agencies' actions); none for a user who sees no actions. The minutes' own view audits the read.
     */
    @Transactional(readOnly = true)
    public List<Action> inMinutes(String ref, long meetingId) {
        CaseRecords.Viewed viewed = records.read(ref);
        if (viewed.sees(RecordPart.ALL_ACTIONS)) {
            return query(viewed, null, "a.meeting_id = :meeting", Map.of("meeting", meetingId));
        }
        if (viewed.sees(RecordPart.OWN_AGENCY_ACTIONS)) {
            return query(viewed, caseAccess.viewer().orElseThrow().agencyId(), "a.meeting_id = :meeting",
                    Map.of("meeting", meetingId));
        }
        return List.of();
    }

    /** The page of a meeting's actions, with the form to record one for those who may; the view is audited. */
    @Transactional
    public AtMeeting atMeeting(String ref, long meetingId) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        MeetingHead m = meetingHead(viewed, ref, meetingId);
        records.recordView(viewed);
        String whyNot = whyNotRecording(viewed, m);
        List<Agencies.Agency> owning = whyNot == null ? owningAgencies(viewed, meetingId) : List.of();
        return new AtMeeting(ref, viewed.stored().record().person().fullName(), meetingId, m.startsAt(), m.status(),
                agreedAt(viewed, meetingId), whyNot == null, whyNot, owning, candidates(owning), LocalDate.now(clock));
    }

    // ------------------------------------------------------------------------------------------------ changing

    /** Records an action agreed at the meeting; returns its id. */
    @Transactional
    public long record(String ref, long meetingId, NewAction input) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        if (!recorder(viewed)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not record actions",
                    "Only the owning area's co-ordinator, chair or minute taker records the actions agreed at a meeting");
        }
        MeetingHead m = meetingHead(viewed, ref, meetingId);
        Map<String, String> problems = new LinkedHashMap<>();
        String whyNot = whyNotRecording(viewed, m);
        if (whyNot != null) {
            problems.put("meeting", whyNot);
        }
        String description = text(problems, "description", input.description(), "what is to be done", MAX_TEXT);
        Owner owner = owner(problems, viewed, meetingId, input.agencyId(), input.ownerUsername(), input.ownerName());
        deadline(problems, input.deadline(), m.startsAt().toLocalDate());
        if (!problems.isEmpty()) {
            throw new InvalidActionException(problems);
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into mapp_action (nominal_id, meeting_id, description, agency_id, owner_username, owner_name,
                            deadline, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(viewed.stored().id(), meetingId, description, owner.agency().id(), owner.username(),
                        owner.name(), input.deadline(), actor, now, actor, now)
                .query(Long.class).single();
        shareIfOutside(ref, owner.agency(), "Assigned an action agreed at the MAPP meeting on "
                + MappMeetings.day(m.startsAt().toLocalDate()), actor);
        audit.record(AuditEvent.created(ref, audited(find(viewed, id, null)), actor));
        return id;
    }

    /** The owning agency (or the co-ordinator or chair) records progress. Returns the new version. */
    @Transactional
    public int recordProgress(String ref, long actionId, int expectedVersion, String note) {
        Change c = updating(ref, actionId, expectedVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        open(problems, c.before());
        String progress = text(problems, "progress", note, "the progress made", MAX_TEXT);
        refuseIfAny(problems);
        String actor = Actor.currentUser();
        jdbc.sql("update mapp_action set progress = ?, progress_by = ?, progress_at = ? where id = ?")
                .params(progress, actor, Timestamp.from(clock.instant()), actionId).update();
        return changed(c, actor);
    }

    /** The owning agency (or the co-ordinator or chair) records the action completed. Returns the new version. */
    @Transactional
    public int complete(String ref, long actionId, int expectedVersion, String note, LocalDate completedOn) {
        Change c = updating(ref, actionId, expectedVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        open(problems, c.before());
        String n = text(problems, "completionNote", note, "what was done", MAX_TEXT);
        LocalDate today = LocalDate.now(clock);
        if (completedOn == null) {
            problems.put("completedOn", "Enter the date the action was completed");
        } else if (completedOn.isAfter(today)) {
            problems.put("completedOn", "The date it was completed must be today or in the past");
        } else if (c.before().meetingDate() != null && completedOn.isBefore(c.before().meetingDate())) {
            problems.put("completedOn", "The date it was completed must be on or after the meeting that agreed it ("
                    + MappMeetings.day(c.before().meetingDate()) + ")");
        }
        refuseIfAny(problems);
        String actor = Actor.currentUser();
        jdbc.sql("update mapp_action set status = 'COMPLETED', completion_note = ?, completed_on = ? where id = ?")
                .params(n, completedOn, actionId).update();
        return changed(c, actor);
    }

    /** The co-ordinator or chair cancels an open action, with the reason. Returns the new version. */
    @Transactional
    public int cancel(String ref, long actionId, int expectedVersion, String reason) {
        Change c = managing(ref, actionId, expectedVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        open(problems, c.before());
        String why = text(problems, "reason", reason, "why the action is cancelled", MAX_TEXT);
        refuseIfAny(problems);
        String actor = Actor.currentUser();
        jdbc.sql("update mapp_action set status = 'CANCELLED', cancel_reason = ? where id = ?")
                .params(why, actionId).update();
        return changed(c, actor);
    }

    /**
     * The co-ordinator or chair gives an open action to another agency or person, or moves its deadline; a
     * duty-to-co-operate or voluntary agency given it is brought into the case. Returns the new version.
     */
    @Transactional
    public int reassign(String ref, long actionId, int expectedVersion, Long agencyId, String ownerUsername,
                        String ownerName, LocalDate deadline) {
        Change c = managing(ref, actionId, expectedVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        open(problems, c.before());
        Owner owner = owner(problems, c.viewed(), c.before().meetingId(), agencyId, ownerUsername, ownerName);
        LocalDate meetingDay = meetingHead(c.viewed(), ref, c.before().meetingId()).startsAt().toLocalDate();
        deadline(problems, deadline, meetingDay);
        refuseIfAny(problems);
        String actor = Actor.currentUser();
        jdbc.sql("update mapp_action set agency_id = ?, owner_username = ?, owner_name = ?, deadline = ? where id = ?")
                .params(owner.agency().id(), owner.username(), owner.name(), deadline, actionId).update();
        shareIfOutside(ref, owner.agency(), "Assigned an action agreed at the MAPP meeting on "
                + MappMeetings.day(meetingDay), actor);
        return changed(c, actor);
    }

    // ------------------------------------------------------------------------------------------------ rules

    private record MeetingHead(LocalDateTime startsAt, MeetingStatus status) {
    }

    private record Owner(Agencies.Agency agency, String username, String name) {
    }

    private record Change(CaseRecords.Viewed viewed, String ref, Action before, int expectedVersion) {
    }

    private MeetingHead meetingHead(CaseRecords.Viewed viewed, String ref, long meetingId) {
        return jdbc.sql("select starts_at, status from mapp_meeting where id = ? and nominal_id = ?")
                .params(meetingId, viewed.stored().id())
                .query((rs, n) -> new MeetingHead(rs.getTimestamp(1).toLocalDateTime(),
                        MeetingStatus.valueOf(rs.getString(2))))
                .optional().orElseThrow(() -> new MeetingNotFoundException(ref, meetingId));
    }

    /** Null when actions may be recorded for the meeting by this user; otherwise why not, in a sentence. */
    private String whyNotRecording(CaseRecords.Viewed viewed, MeetingHead m) {
        if (!recorder(viewed)) {
            return "Only the owning area's co-ordinator, chair or minute taker records the actions agreed at a meeting";
        }
        if (m.status() == MeetingStatus.CANCELLED) {
            return "The meeting was cancelled: no actions were agreed at it";
        }
        LocalDate today = LocalDate.now(clock);
        if (m.status() == MeetingStatus.SCHEDULED && m.startsAt().toLocalDate().isAfter(today)) {
            return "The meeting is on " + MappMeetings.day(m.startsAt().toLocalDate())
                    + ": actions are recorded once it is being held";
        }
        return null;
    }

    /** The owning area's co-ordinator, chair or minute taker. */
    private boolean recorder(CaseRecords.Viewed viewed) {
        if (viewed.access().mayShare()) {
            return true;
        }
        Viewer v = caseAccess.viewer().orElse(null);
        return v != null && v.role() == Role.MINUTE_TAKER && v.readsAreaCases()
                && viewed.stored().record().area().equals(v.area());
    }

    /** An agency of the area, or one invited to the meeting. */
    private List<Agencies.Agency> owningAgencies(CaseRecords.Viewed viewed, long meetingId) {
        Set<Long> invited = jdbc.sql("select agency_id from mapp_meeting_invitation where meeting_id = ?")
                .param(meetingId).query(Long.class).set();
        String area = viewed.stored().record().area();
        return agencies.all().stream().filter(a -> a.area().equals(area) || invited.contains(a.id()))
                .sorted(Comparator.comparing(Agencies.Agency::name)).toList();
    }

    private List<Candidate> candidates(List<Agencies.Agency> owning) {
        if (owning.isEmpty()) {
            return List.of();
        }
        Map<Long, Agencies.Agency> byId = owning.stream().collect(Collectors.toMap(Agencies.Agency::id, a -> a));
        return users.list().stream().filter(u -> u.enabled() && u.agencyId() != null && byId.containsKey(u.agencyId()))
                .map(u -> new Candidate(u.username(), u.displayName(), u.agencyId(), u.agencyName()))
                .sorted(Comparator.comparing(Candidate::agencyName).thenComparing(Candidate::displayName)).toList();
    }

    private Owner owner(Map<String, String> problems, CaseRecords.Viewed viewed, long meetingId, Long agencyId,
                        String ownerUsername, String ownerName) {
        Agencies.Agency agency = agencyId == null ? null : owningAgencies(viewed, meetingId).stream()
                .filter(a -> a.id() == agencyId).findFirst().orElse(null);
        if (agencyId == null) {
            problems.put("agency", "Select the agency that owns the action");
        } else if (agency == null) {
            problems.put("agency", "The owning agency must be an agency of " + viewed.stored().record().area()
                    + " or one invited to the meeting");
        }
        String username = trimmed(ownerUsername);
        String name = trimmed(ownerName);
        if (username != null && name != null) {
            problems.put("ownerName", "Select the owning person or enter their name, not both");
        } else if (name != null && name.length() > MAX_NAME) {
            problems.put("ownerName", "The owning person's name must be " + MAX_NAME + " characters or fewer");
        }
        if (username != null && agency != null) {
            boolean ofAgency = users.details(username)
                    .filter(u -> u.enabled() && u.agencyId() != null && u.agencyId() == agency.id()).isPresent();
            if (!ofAgency) {
                problems.put("owner", "The owning person must be a user of " + agency.name()
                        + ", or enter the name of someone without an account");
            }
        }
        return new Owner(agency, username, name);
    }

    private static void deadline(Map<String, String> problems, LocalDate deadline, LocalDate meetingDay) {
        if (deadline == null) {
            problems.put("deadline", "Enter the deadline");
        } else if (deadline.isBefore(meetingDay)) {
            problems.put("deadline", "The deadline must be on or after the meeting (" + MappMeetings.day(meetingDay) + ")");
        }
    }

    private static void open(Map<String, String> problems, Action a) {
        if (a.status() != ActionStatus.OPEN) {
            problems.put("status", "The action is " + a.status().title().toLowerCase() + ": only an open action changes");
        }
    }

    private void shareIfOutside(String ref, Agencies.Agency agency, String reason, String actor) {
        if (agency.kind() != AgencyKind.RESPONSIBLE_AUTHORITY
                && caseAccess.shares(ref).stream().noneMatch(s -> s.agencyId() == agency.id())) {
            caseAccess.shareAs(ref, agency.id(), ShareBasis.ACTION_ASSIGNED, reason, actor);
        }
    }

    /** A user of the owning agency (a DTC representative of it included). */
    private boolean mayUpdate(Action a) {
        Viewer v = caseAccess.viewer().orElse(null);
        return v != null && v.agencyId() != null && v.agencyId() == a.agencyId();
    }

    private Change updating(String ref, long actionId, int expectedVersion) {
        CaseRecords.Viewed viewed = seeing(ref);
        Action a = visible(viewed, actionId);
        if (!viewed.access().mayShare() && !mayUpdate(a)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "not of the owning agency",
                    "Only " + a.agencyName() + "'s users, or the area's co-ordinator or chair, update this action");
        }
        return current(viewed, ref, a, expectedVersion);
    }

    private Change managing(String ref, long actionId, int expectedVersion) {
        CaseRecords.Viewed viewed = seeing(ref);
        if (!viewed.access().mayShare()) { // refused before the action is looked up: its existence is not told
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not cancel or reassign actions",
                    "Only the owning area's co-ordinator or chair cancels or reassigns an action");
        }
        return current(viewed, ref, visible(viewed, actionId), expectedVersion);
    }

    private static Change current(CaseRecords.Viewed viewed, String ref, Action a, int expectedVersion) {
        if (a.version() != expectedVersion) {
            throw new StaleActionException(a.id(), expectedVersion);
        }
        return new Change(viewed, ref, a, expectedVersion);
    }

    /** Bumps the version (refusing a change made meanwhile) and audits the action before and after. */
    private int changed(Change c, String actor) {
        int updated = jdbc.sql("""
                        update mapp_action set version = version + 1, updated_by = ?, updated_at = ?
                         where id = ? and version = ?""")
                .params(actor, Timestamp.from(clock.instant()), c.before().id(), c.expectedVersion()).update();
        if (updated != 1) {
            throw new StaleActionException(c.before().id(), c.expectedVersion()); // rolls back what was written
        }
        Action after = find(c.viewed(), c.before().id(), null);
        audit.record(AuditEvent.changed(c.ref(), audited(c.before()), audited(after), actor));
        return after.version();
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidActionException(problems);
        }
    }

    // ------------------------------------------------------------------------------------------------ access

    /** The record, when the user sees some of its actions (not yet audited). */
    private CaseRecords.Viewed seeing(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        if (!viewed.sees(RecordPart.ALL_ACTIONS) && !viewed.sees(RecordPart.OWN_AGENCY_ACTIONS)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "sees no actions", "This user sees no actions");
        }
        return viewed;
    }

    private void requireHistory(String ref, CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY) || !viewed.sees(RecordPart.ALL_ACTIONS)) {
            throw caseAccess.refusal(ref, viewed.access(), MappMeetings.PART, "does not see the full history",
                    "MAPP meeting records are kept for Responsible Authority staff: this user sees the shared parts only");
        }
    }

    /** The action, if the user sees it: all of the case's, or only their agency's. */
    private Action visible(CaseRecords.Viewed viewed, long actionId) {
        Long agency = viewed.sees(RecordPart.ALL_ACTIONS) ? null : caseAccess.viewer().orElseThrow().agencyId();
        return find(viewed, actionId, agency);
    }

    private Action find(CaseRecords.Viewed viewed, long actionId, Long agency) {
        return query(viewed, agency, "a.nominal_id = :nominal and a.id = :id", Map.of("id", actionId)).stream()
                .findFirst().orElseThrow(() -> new ActionNotFoundException(viewed.stored().record().ref(), actionId));
    }

    static final String SELECT = """
            select a.id, n.ref, a.meeting_id, m.starts_at, a.description, a.agency_id, g.name, a.owner_username,
                   u.display_name, a.owner_name, a.deadline, a.status, a.progress, a.progress_by, a.progress_at,
                   a.completion_note, a.completed_on, a.cancel_reason, a.version, a.created_by, a.created_at,
                   a.updated_by, a.updated_at
              from mapp_action a
              join nominal n on n.id = a.nominal_id
              join agency g on g.id = a.agency_id
              left join mapp_meeting m on m.id = a.meeting_id
              left join app_user u on u.username = a.owner_username
            """;

    /**
     * Actions matching {@code where}, read as the user (row-level security underneath); {@code agency} not null
     * keeps that agency's only. The meeting's date comes through only for viewers who see the meetings.
     */
    private List<Action> query(CaseRecords.Viewed viewed, Long agency, String where, Map<String, Object> params) {
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + " where " + where
                        + (agency == null ? "" : " and a.agency_id = :agency") + " order by a.deadline, a.id")
                .param("nominal", viewed.stored().id());
        if (agency != null) {
            spec = spec.param("agency", agency);
        }
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        boolean meetings = viewed.sees(RecordPart.FULL_HISTORY);
        return spec.query((rs, n) -> action(rs, meetings)).list();
    }

    static Action action(ResultSet rs, boolean showMeeting) throws SQLException {
        Timestamp meeting = rs.getTimestamp(4);
        Timestamp progressAt = rs.getTimestamp(15);
        return new Action(rs.getLong(1), rs.getString(2), rs.getLong(3),
                showMeeting && meeting != null ? meeting.toLocalDateTime().toLocalDate() : null, rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getObject(11, LocalDate.class), ActionStatus.valueOf(rs.getString(12)), rs.getString(13),
                rs.getString(14), progressAt == null ? null : progressAt.toInstant(), rs.getString(16),
                rs.getObject(17, LocalDate.class), rs.getString(18), rs.getInt(19), rs.getString(20),
                rs.getTimestamp(21).toInstant(), rs.getString(22), rs.getTimestamp(23).toInstant());
    }

    static Object audited(Action a) {
        return AuditEvent.details("action", a.id(), "meeting", a.meetingId(), "description", a.description(),
                "agency", a.agencyName(), "ownerUsername", a.ownerUsername(), "ownerName", a.ownerName(),
                "deadline", a.deadline().toString(), "status", a.status().name(), "progress", a.progress(),
                "completionNote", a.completionNote(),
                "completedOn", a.completedOn() == null ? null : a.completedOn().toString(),
                "cancelReason", a.cancelReason());
    }

    private static String text(Map<String, String> problems, String field, String value, String what, int max) {
        String v = trimmed(value);
        if (v == null) {
            problems.put(field, "Enter " + what);
        } else if (v.length() > max) {
            problems.put(field, "Enter " + what + " in " + max + " characters or fewer");
        }
        return v;
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
