package org.mappahub.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Actor;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Role;
import org.mappahub.access.Users;
import org.mappahub.access.Viewer;
import org.mappahub.assessment.RiskLevel;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.meeting.MappMeetings.Meeting;
import org.mappahub.meeting.MinutesContent.Disclosure;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;

/**
 * The minutes of a MAPP meeting (the MAPPA C record) and their lifecycle, as the signed-in user: drafted by a minute
 * taker or the co-ordinator of the owning area once the meeting is held (or on its day), submitted, approved by a
 * chair of the area, then distributed to named attendees (measured against the area's minutes working-day limit).
 * Approved minutes are locked: a correction is a new edition with its reason, the earlier ones kept. Responsible
 * Authority staff who see all minutes read every edition; an invited agency's representative reads the approved
 * editions of the meetings its agency was invited to, and nothing else. Every change names the version it was made
 * against (stale: refused with the stored values) and is audited with before and after.
 */
@Service
public class MappMinutes {

    static final String PART = "minutes";
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    static final int MAX_REASON = 2000;
    static final Set<Role> WRITERS = EnumSet.of(Role.MINUTE_TAKER, Role.COORDINATOR);

    private final CaseRecords records;
    private final CaseAccess caseAccess;
    private final MappMeetings meetings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Users users;
    private final AreaPolicies policies;
    private final Clock clock;

    MappMinutes(CaseRecords records, CaseAccess caseAccess, MappMeetings meetings, JdbcClient jdbc, AuditTrail audit,
                Users users, AreaPolicies policies, Clock clock) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.policies = policies;
        this.clock = clock;
    }

    /** One edition of the minutes. */
    public record Edition(long id, int edition, MinutesStatus status, MinutesContent content, List<String> attendance,
                          String correctionReason, String submittedBy, Instant submittedAt, String approvedBy,
                          Instant approvedAt, String distributedBy, Instant distributedAt, List<String> recipients,
                          int version, String updatedBy, Instant updatedAt) {
        public boolean locked() {
            return status == MinutesStatus.APPROVED;
        }
    }

    /**
     * The minutes of one meeting as the user may see them.
     *
     * @param meetingStatus     null for a reader who does not see the meeting record (an invited agency)
     * @param editions          newest first; only the approved ones for an invited agency
     * @param distributionDue   the last day for distributing the minutes by the area's policy
     * @param reviewLatest      the latest next review date the area's policy allows
     * @param attendees         whom the minutes can be sent to (the invited agencies and dial-in participants)
     */
    public record Picture(String ref, String name, long meetingId, LocalDate meetingDate, int level, String chair,
                          String chairName,
                          MeetingStatus meetingStatus, List<Edition> editions, LocalDate distributionDue,
                          LocalDate reviewLatest, int minutesWorkingDays, boolean mayWrite, boolean mayApprove,
                          boolean mayStart, List<String> attendees, String viewer) {
        public Edition current() {
            return editions.isEmpty() ? null : editions.get(0);
        }

        public Edition edition(int n) {
            return editions.stream().filter(e -> e.edition() == n).findFirst()
                    .orElseThrow(() -> new MinutesNotFoundException(ref, meetingId, n));
        }

        /** Whether an edition was (or, not yet distributed, is now) distributed after the policy's limit. */
        public boolean late(Edition e, LocalDate today, java.time.ZoneId zone) {
            LocalDate sent = e.distributedAt() == null ? today : LocalDate.ofInstant(e.distributedAt(), zone);
            return sent.isAfter(distributionDue);
        }

        public boolean mayCorrect() {
            return mayWrite || mayApprove;
        }
    }

    /** The case's current risk management plan: the plan in the latest approved minutes. */
    public record CurrentPlan(long minutesId, LocalDate meetingDate, int edition, Instant approvedAt,
                              Map<String, String> headings, LocalDate nextReviewDate) {
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The minutes of the meeting for the signed-in user; the view is audited. */
    @Transactional
    public Picture view(String ref, long meetingId) {
        Reading r = reading(ref, meetingId);
        records.recordView(r.viewed());
        return r.picture();
    }

    /** The minutes for a PDF copy, audited as a view of the record naming the edition and who the copy is for. */
    @Transactional
    public Picture copy(String ref, long meetingId, int edition, Instant producedAt) {
        Reading r = reading(ref, meetingId);
        Edition e = r.picture().edition(edition);
        audit.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, AuditEvent.details("minutes", e.id(), "meeting",
                meetingId, "edition", e.edition(), "copy", "PDF", "watermark", Actor.currentUser(),
                "producedAt", producedAt.toString()), r.viewed().access().reason(), null));
        return r.picture();
    }

    /** The case's current risk management plan, for a viewer who sees that part; empty when none is approved yet. */
    @Transactional(readOnly = true)
    public Optional<CurrentPlan> currentPlan(CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.RISK_MANAGEMENT_PLAN)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select minutes_id, meeting_date, edition, approved_at, supervision, monitoring_and_control,
                               interventions_and_treatment, victim_safety_planning, contingency, next_review_date
                          from risk_management_plan where nominal_id = ?""")
                .param(viewed.stored().id())
                .query((rs, n) -> {
                    Map<String, String> h = new LinkedHashMap<>();
                    h.put("supervision", rs.getString(5));
                    h.put("monitoringAndControl", rs.getString(6));
                    h.put("interventionsAndTreatment", rs.getString(7));
                    h.put("victimSafetyPlanning", rs.getString(8));
                    h.put("contingency", rs.getString(9));
                    return new CurrentPlan(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3),
                            rs.getTimestamp(4).toInstant(), h, date(rs, 10));
                }).optional();
    }

    /** The current plan page: the record read (audited as a view) and its plan. */
    @Transactional
    public Map.Entry<CaseRecords.Viewed, Optional<CurrentPlan>> planPage(String ref) {
        CaseRecords.Viewed viewed = records.view(ref);
        if (!viewed.sees(RecordPart.RISK_MANAGEMENT_PLAN)) {
            throw caseAccess.refusal(ref, viewed.access(), "risk management plan", "does not see the plan",
                    "This user does not see the risk management plan of this record");
        }
        return Map.entry(viewed, currentPlan(viewed));
    }

    // ------------------------------------------------------------------------------------------------ changing

    /** Starts the minutes of a meeting held (or on its day): edition 1, a draft, the next review date defaulted. */
    @Transactional
    public int start(String ref, long meetingId) {
        Reading r = writing(ref, meetingId);
        Meeting m = r.meeting();
        if (!r.picture().editions().isEmpty()) {
            throw InvalidMeetingException.of("minutes", "The minutes of this meeting are started already");
        }
        if (m.status() == MeetingStatus.CANCELLED) {
            throw InvalidMeetingException.of("minutes", "The meeting was cancelled: it has no minutes");
        }
        if (m.startsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            throw InvalidMeetingException.of("minutes", "The meeting is on " + MappMeetings.day(m.startsAt().toLocalDate())
                    + ": its minutes can be started on that day or later");
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into mapp_minutes (meeting_id, nominal_id, edition, meeting_date, level, chair, attendance,
                            next_review_date, created_by, created_at, updated_by, updated_at)
                        values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meetingId, r.nominalId(), m.startsAt().toLocalDate(), m.level(), m.chair(),
                        attendance(m).toArray(String[]::new), r.picture().reviewLatest(), actor, now, actor, now)
                .query(Long.class).single();
        Edition created = editions(r.nominalId(), meetingId, false).get(0);
        audit.record(AuditEvent.created(ref, audited(meetingId, created), actor));
        return created.version();
    }

    /** Saves the draft; returns the new version. A stale version is refused with the stored values and the diff. */
    @Transactional
    public int save(String ref, long meetingId, int expectedVersion, MinutesContent content) {
        Reading r = writing(ref, meetingId);
        Edition before = editable(r, expectedVersion, content);
        Map<String, String> problems = problems(content, r.picture(), false);
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        String actor = Actor.currentUser();
        write(r, before, content);
        return changed(r, before, expectedVersion, actor, content);
    }

    /** Submits the draft for approval: it must be complete, and the meeting recorded as held. */
    @Transactional
    public int submit(String ref, long meetingId, int expectedVersion) {
        Reading r = writing(ref, meetingId);
        Edition before = editable(r, expectedVersion, null);
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.meeting().status() != MeetingStatus.HELD) {
            problems.put("minutes", "Record the meeting as held, with each agency's attendance, before the minutes "
                    + "are submitted");
        }
        problems.putAll(problems(before.content(), r.picture(), true));
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        String actor = Actor.currentUser();
        jdbc.sql("""
                        update mapp_minutes set status = 'SUBMITTED', attendance = ?, submitted_by = ?, submitted_at = ?
                         where id = ? and version = ?""")
                .params(attendance(r.meeting()).toArray(String[]::new), actor, Timestamp.from(clock.instant()),
                        before.id(), expectedVersion).update();
        return changed(r, before, expectedVersion, actor, null);
    }

    /** Approves submitted minutes (a chair of the area): they are locked, and their plan becomes the current one. */
    @Transactional
    public int approve(String ref, long meetingId, int expectedVersion) {
        Reading r = reading(ref, meetingId);
        if (!r.picture().mayApprove()) {
            throw caseAccess.refusal(ref, r.viewed().access(), PART, "may not approve minutes",
                    "Minutes are approved by the meeting's chair or a chair of " + r.viewed().stored().record().area());
        }
        Edition before = latest(r, expectedVersion, null);
        if (before.status() != MinutesStatus.SUBMITTED) {
            throw InvalidMeetingException.of("status", before.status() == MinutesStatus.DRAFT
                    ? "The minutes are still a draft: the minute taker submits them for approval first"
                    : "The minutes are approved already");
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update mapp_minutes set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ? and version = ?")
                .params(actor, now, before.id(), expectedVersion).update();
        int version = changed(r, before, expectedVersion, actor, null);
        adoptPlan(r, before, now);
        return version;
    }

    /** Records that the approved minutes were sent, to whom and now; late when after the policy's limit. */
    @Transactional
    public int distribute(String ref, long meetingId, int expectedVersion, List<String> recipients) {
        Reading r = writing(ref, meetingId);
        Edition before = latest(r, expectedVersion, null);
        if (before.status() != MinutesStatus.APPROVED) {
            throw InvalidMeetingException.of("recipients", "Only approved minutes are distributed: these are "
                    + before.status().title().toLowerCase());
        }
        if (before.distributedAt() != null) {
            throw InvalidMeetingException.of("recipients", "These minutes were distributed already, on "
                    + MappMeetings.day(LocalDate.ofInstant(before.distributedAt(), clock.getZone())));
        }
        List<String> named = recipients == null ? List.of() : recipients.stream().map(MappMeetings::trimmed)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            throw InvalidMeetingException.of("recipients", "Select the attendees the minutes were sent to");
        }
        List<String> unknown = named.stream().filter(n -> !r.picture().attendees().contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidMeetingException.of("recipients", "Minutes go to the meeting's invited agencies and "
                    + "participants: " + String.join(", ", unknown) + " took no part in it");
        }
        String actor = Actor.currentUser();
        for (String n : named) {
            jdbc.sql("insert into mapp_minutes_recipient (minutes_id, nominal_id, name) values (?, ?, ?)")
                    .params(before.id(), r.nominalId(), n).update();
        }
        jdbc.sql("update mapp_minutes set distributed_by = ?, distributed_at = ? where id = ? and version = ?")
                .params(actor, Timestamp.from(clock.instant()), before.id(), expectedVersion).update();
        return changed(r, before, expectedVersion, actor, null);
    }

    /** Corrects approved minutes: a new draft edition with the reason, copying the approved one; returns its number. */
    @Transactional
    public int correct(String ref, long meetingId, int expectedVersion, String reason) {
        Reading r = reading(ref, meetingId);
        if (!r.picture().mayCorrect()) {
            throw caseAccess.refusal(ref, r.viewed().access(), PART, "may not correct minutes",
                    "Minutes are corrected by the owning area's minute takers, co-ordinator or chair");
        }
        Edition before = latest(r, expectedVersion, null);
        if (before.status() != MinutesStatus.APPROVED) {
            throw InvalidMeetingException.of("reason", "Only approved minutes are corrected: these are "
                    + before.status().title().toLowerCase() + " and can be changed as they are");
        }
        String why = MappMeetings.trimmed(reason);
        if (why == null) {
            throw InvalidMeetingException.of("reason", "Enter why the approved minutes are being corrected");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidMeetingException.of("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                            insert into mapp_minutes (meeting_id, nominal_id, edition, meeting_date, level, chair, attendance,
                                correction_reason, created_by, created_at, updated_by, updated_at)
                            select meeting_id, nominal_id, edition + 1, meeting_date, level, chair, attendance, ?, ?, ?, ?, ?
                              from mapp_minutes where id = ?""")
                    .params(why, actor, now, actor, now, before.id()).update();
        } catch (DuplicateKeyException e) {
            throw new StaleMinutesException(before, expectedVersion, null); // someone corrected it meanwhile
        }
        Edition created = editions(r.nominalId(), meetingId, false).get(0);
        write(r, created, before.content());
        audit.record(AuditEvent.created(ref, audited(meetingId, editions(r.nominalId(), meetingId, false).get(0)), actor));
        return created.edition();
    }

    // ------------------------------------------------------------------------------------------------ internals

    private record Reading(CaseRecords.Viewed viewed, Viewer viewer, Meeting meeting, Picture picture) {
        long nominalId() {
            return viewed.stored().id();
        }
    }

    private Reading reading(String ref, long meetingId) {
        CaseRecords.Viewed viewed = records.read(ref);
        Viewer viewer = users.viewer(Actor.currentUser()).orElse(null);
        long nominalId = viewed.stored().id();
        String name = viewed.stored().record().person().fullName();
        if (viewed.sees(RecordPart.ALL_MINUTES)) {
            Meeting m = meetings.meeting(nominalId, meetingId, ref);
            boolean own = viewer != null && !viewed.access().exceptional()
                    && viewed.stored().record().area().equals(viewer.area());
            boolean write = own && WRITERS.contains(viewer.role());
            boolean approve = own && viewer.role() == Role.CHAIR;
            PolicySettings settings = policies.settingsFor(viewed.stored().record().area());
            LocalDate date = m.startsAt().toLocalDate();
            List<Edition> editions = editions(nominalId, meetingId, false);
            boolean start = write && editions.isEmpty() && m.status() != MeetingStatus.CANCELLED
                    && !date.isAfter(LocalDate.now(clock));
            List<String> attendees = new ArrayList<>();
            m.invitations().forEach(i -> attendees.add(i.agencyName()));
            m.dialIns().forEach(d -> attendees.add(d.name() + " (" + d.agency() + ", " + d.area() + ")"));
            return new Reading(viewed, viewer, m, new Picture(ref, name, meetingId, date, m.level(), m.chair(),
                    m.chairName(), m.status(),
                    editions, settings.minutesDue(date), settings.nextReviewDue(date, m.level()),
                    settings.minutesDistributionWorkingDays(), write, approve, start, attendees,
                    viewer == null ? null : viewer.username()));
        }
        if (viewed.sees(RecordPart.INVITED_MEETING_MINUTES) && viewer != null && viewer.agencyId() != null) {
            boolean invited = jdbc.sql("""
                            select count(*) from mapp_meeting_invitation
                             where meeting_id = ? and nominal_id = ? and agency_id = ?""")
                    .params(meetingId, nominalId, viewer.agencyId()).query(Integer.class).single() > 0;
            if (!invited) {
                throw caseAccess.refusal(ref, viewed.access(), PART, "agency not invited to the meeting",
                        "Your agency sees the minutes of the meetings it was invited to, and it was not invited to this one");
            }
            List<Edition> approved = editions(nominalId, meetingId, true);
            if (approved.isEmpty()) {
                throw caseAccess.refusal(ref, viewed.access(), PART, "no approved minutes",
                        "The minutes of this meeting are not approved yet: your agency sees approved minutes only");
            }
            Edition e = approved.get(0);
            LocalDate date = jdbc.sql("select meeting_date from mapp_minutes where id = ?").param(e.id())
                    .query(LocalDate.class).single();
            var head = jdbc.sql("select level, chair from mapp_minutes where id = ?").param(e.id())
                    .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).single();
            PolicySettings settings = policies.settingsFor(viewed.stored().record().area());
            return new Reading(viewed, viewer, null, new Picture(ref, name, meetingId, date, head.getKey(),
                    head.getValue(), users.find(head.getValue()).map(Users.Account::displayName).orElse(head.getValue()),
                    null, approved, settings.minutesDue(date), settings.nextReviewDue(date, head.getKey()),
                    settings.minutesDistributionWorkingDays(), false, false, false, List.of(),
                    viewer.username()));
        }
        throw caseAccess.refusal(ref, viewed.access(), PART, "does not see minutes",
                "This user does not see the minutes of this record's meetings");
    }

    private Reading writing(String ref, long meetingId) {
        Reading r = reading(ref, meetingId);
        if (!r.picture().mayWrite()) {
            throw caseAccess.refusal(ref, r.viewed().access(), PART, "may not write minutes",
                    "Minutes are written by the owning area's minute takers and co-ordinator");
        }
        return r;
    }

    /** The latest edition at the version the user read (stale: refused with the stored edition). */
    private Edition latest(Reading r, int expectedVersion, MinutesContent yours) {
        Edition e = r.picture().current();
        if (e == null) {
            throw InvalidMeetingException.of("minutes", "The minutes of this meeting are not started yet");
        }
        if (e.version() != expectedVersion) {
            throw new StaleMinutesException(e, expectedVersion, yours);
        }
        return e;
    }

    /** The latest edition, which must be a draft at the version the user read. */
    private Edition editable(Reading r, int expectedVersion, MinutesContent yours) {
        Edition e = r.picture().current();
        if (e != null && e.status() != MinutesStatus.DRAFT) {
            throw InvalidMeetingException.of("status", e.status() == MinutesStatus.APPROVED
                    ? "Approved minutes are locked: make a correction, with its reason, to change them"
                    : "The minutes are submitted for approval: they are no longer edited");
        }
        return latest(r, expectedVersion, yours);
    }

    private void write(Reading r, Edition e, MinutesContent c) {
        jdbc.sql("""
                        update mapp_minutes set confidentiality_read = ?, offender_contribution = ?, risk_children = ?,
                            risk_public = ?, risk_known_adult = ?, risk_staff = ?, risk_prisoners = ?, who_at_risk = ?,
                            triggers = ?, protective_factors = ?, supervision = ?, monitoring_and_control = ?,
                            interventions_and_treatment = ?, victim_safety_planning = ?, contingency = ?, dissent = ?,
                            dissent_resolution = ?, next_review_date = ?
                         where id = ?""")
                .params(c.confidentialityRead(), c.offenderContribution(), level(c, RiskGroup.CHILDREN),
                        level(c, RiskGroup.PUBLIC), level(c, RiskGroup.KNOWN_ADULT), level(c, RiskGroup.STAFF),
                        level(c, RiskGroup.PRISONERS), c.whoAtRisk(), c.triggers(), c.protectiveFactors(),
                        c.supervision(), c.monitoringAndControl(), c.interventionsAndTreatment(),
                        c.victimSafetyPlanning(), c.contingency(), c.dissent(), c.dissentResolution(),
                        c.nextReviewDate(), e.id())
                .update();
        jdbc.sql("delete from mapp_minutes_disclosure where minutes_id = ?").param(e.id()).update();
        int position = 0;
        for (Disclosure d : c.disclosures()) {
            jdbc.sql("""
                            insert into mapp_minutes_disclosure (minutes_id, nominal_id, position, what, to_whom, why,
                                authorised_by, offender, disclosed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.id(), r.nominalId(), position++, d.what(), d.toWhom(), d.why(), d.authorisedBy(),
                            d.offender().name(), d.disclosedOn()).update();
        }
    }

    /** Bumps the version (refusing a change made meanwhile) and audits the edition before and after. */
    private int changed(Reading r, Edition before, int expectedVersion, String actor, MinutesContent yours) {
        int updated = jdbc.sql("""
                        update mapp_minutes set version = version + 1, updated_by = ?, updated_at = ?
                         where id = ? and version = ?""")
                .params(actor, Timestamp.from(clock.instant()), before.id(), expectedVersion).update();
        if (updated != 1) {
            // rolls back what was written; the stored edition is read again by the caller's next request
            throw new StaleMinutesException(before, expectedVersion, yours);
        }
        Edition after = editions(r.nominalId(), r.picture().meetingId(), false).get(0);
        audit.record(AuditEvent.changed(r.viewed().stored().record().ref(), audited(r.picture().meetingId(), before),
                audited(r.picture().meetingId(), after), actor));
        return after.version();
    }

    /** The approved plan becomes the case's current plan unless a later meeting's approved minutes hold it. */
    private void adoptPlan(Reading r, Edition e, Timestamp approvedAt) {
        MinutesContent c = e.content();
        LocalDate date = r.picture().meetingDate();
        LocalDate held = jdbc.sql("select meeting_date from risk_management_plan where nominal_id = ?")
                .param(r.nominalId()).query(LocalDate.class).optional().orElse(null);
        if (held != null && held.isAfter(date)) {
            return;
        }
        jdbc.sql("delete from risk_management_plan where nominal_id = ?").param(r.nominalId()).update();
        jdbc.sql("""
                        insert into risk_management_plan (nominal_id, minutes_id, meeting_date, edition, approved_at,
                            supervision, monitoring_and_control, interventions_and_treatment, victim_safety_planning,
                            contingency, next_review_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.nominalId(), e.id(), date, e.edition(), approvedAt, c.supervision(), c.monitoringAndControl(),
                        c.interventionsAndTreatment(), c.victimSafetyPlanning(), c.contingency(), c.nextReviewDate())
                .update();
    }

    /** Problems with the content; {@code complete}: also what submission needs. */
    private Map<String, String> problems(MinutesContent c, Picture p, boolean complete) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String[]> shown = c.shown();
        for (String f : List.of("offenderContribution", "whoAtRisk", "triggers", "protectiveFactors", "supervision",
                "monitoringAndControl", "interventionsAndTreatment", "victimSafetyPlanning", "contingency", "dissent",
                "dissentResolution")) {
            String v = shown.get(f)[1];
            if (v != null && v.length() > MAX_TEXT) {
                problems.put(f, shown.get(f)[0] + " must be " + MAX_TEXT + " characters or fewer");
            }
        }
        for (int i = 0; i < c.disclosures().size(); i++) {
            Disclosure d = c.disclosures().get(i);
            String n = "Disclosure " + (i + 1) + ": ";
            String f = "disclosure-" + i + "-";
            required(problems, f + "what", d.what(), n + "enter what is disclosed", MAX_TEXT);
            required(problems, f + "toWhom", d.toWhom(), n + "enter to whom", MAX_SHORT);
            required(problems, f + "why", d.why(), n + "enter why", MAX_TEXT);
            required(problems, f + "authorisedBy", d.authorisedBy(), n + "enter who authorised it", MAX_SHORT);
            if (d.offender() == null) {
                problems.put(f + "offender", n + "select whether the offender was told or consented");
            }
            if (d.disclosedOn() != null && d.disclosedOn().isAfter(LocalDate.now(clock))) {
                problems.put(f + "disclosedOn", n + "the day it was done cannot be in the future; leave it empty "
                        + "until it is done");
            }
        }
        LocalDate next = c.nextReviewDate();
        if (next != null && next.isAfter(p.reviewLatest())) {
            problems.put("nextReviewDate", "The next review must be by " + MappMeetings.day(p.reviewLatest())
                    + ": the area's policy setting " + (p.level() == 3 ? "level3ReviewIntervalWeeks"
                    : "level2ReviewIntervalWeeks") + " allows at most "
                    + java.time.temporal.ChronoUnit.WEEKS.between(p.meetingDate(), p.reviewLatest())
                    + " weeks between reviews at level " + p.level());
        } else if (next != null && !next.isAfter(p.meetingDate())) {
            problems.put("nextReviewDate", "The next review must be after the meeting on " + MappMeetings.day(p.meetingDate()));
        }
        if (c.dissent() != null && c.dissentResolution() == null && complete) {
            problems.put("dissentResolution", "Say how the dissent was resolved");
        }
        if (complete) {
            if (c.confidentialityRead() == null) {
                problems.put("confidentialityRead", "Say whether the confidentiality statement was read");
            }
            for (RiskGroup g : RiskGroup.values()) {
                if (c.risk(g) == null) {
                    problems.put(g.field(), "Select the risk of serious harm to " + g.title().toLowerCase());
                }
            }
            c.plan().forEach((f, v) -> {
                if (v == null) {
                    problems.put(f, "Enter the plan for " + MinutesContent.PLAN_HEADINGS.get(f).toLowerCase());
                }
            });
            if (next == null) {
                problems.put("nextReviewDate", "Enter the next review date");
            }
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String v, String message, int max) {
        if (v == null) {
            problems.put(field, message);
        } else if (v.length() > max) {
            problems.put(field, message.substring(0, message.indexOf(':') + 1) + " at most " + max + " characters");
        }
    }

    /** The attendance as the minutes record it: each invited agency's, and the dial-in participants. */
    private static List<String> attendance(Meeting m) {
        List<String> out = new ArrayList<>();
        m.invitations().forEach(i -> out.add(i.agencyName() + ": "
                + (i.attendance() == null ? "not yet recorded" : i.attendance().title().toLowerCase())));
        m.dialIns().forEach(d -> out.add(d.name() + " (" + d.agency() + ", " + d.area() + "): dialled in"));
        return out;
    }

    List<Edition> editions(long nominalId, long meetingId, boolean approvedOnly) {
        return jdbc.sql("""
                        select id, edition, status, confidentiality_read, offender_contribution, risk_children, risk_public,
                               risk_known_adult, risk_staff, risk_prisoners, who_at_risk, triggers, protective_factors,
                               supervision, monitoring_and_control, interventions_and_treatment, victim_safety_planning,
                               contingency, dissent, dissent_resolution, next_review_date, attendance, correction_reason,
                               submitted_by, submitted_at, approved_by, approved_at, distributed_by, distributed_at,
                               version, updated_by, updated_at
                          from mapp_minutes where nominal_id = ? and meeting_id = ?"""
                        + (approvedOnly ? " and status = 'APPROVED'" : "") + " order by edition desc")
                .params(nominalId, meetingId)
                .query((rs, n) -> edition(rs)).list();
    }

    private Edition edition(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Map<RiskGroup, RiskLevel> risks = new EnumMap<>(RiskGroup.class);
        RiskGroup[] groups = RiskGroup.values();
        for (int i = 0; i < groups.length; i++) {
            String l = rs.getString(6 + i);
            if (l != null) {
                risks.put(groups[i], RiskLevel.valueOf(l));
            }
        }
        List<Disclosure> disclosures = jdbc.sql("""
                        select what, to_whom, why, authorised_by, offender, disclosed_on from mapp_minutes_disclosure
                         where minutes_id = ? order by position""")
                .param(id).query((d, k) -> new Disclosure(d.getString(1), d.getString(2), d.getString(3),
                        d.getString(4), OffenderInformed.valueOf(d.getString(5)), date(d, 6))).list();
        Boolean read = rs.getObject(4) == null ? null : rs.getBoolean(4);
        MinutesContent c = new MinutesContent(read, rs.getString(5), risks, rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), disclosures, rs.getString(19), rs.getString(20), date(rs, 21));
        Array att = rs.getArray(22);
        List<String> attendance = att == null ? List.of() : List.of((String[]) att.getArray());
        List<String> recipients = jdbc.sql("select name from mapp_minutes_recipient where minutes_id = ? order by id")
                .param(id).query(String.class).list();
        return new Edition(id, rs.getInt(2), MinutesStatus.valueOf(rs.getString(3)), c, attendance, rs.getString(23),
                rs.getString(24), instant(rs, 25), rs.getString(26), instant(rs, 27), rs.getString(28), instant(rs, 29),
                recipients, rs.getInt(30), rs.getString(31), instant(rs, 32));
    }

    private static String level(MinutesContent c, RiskGroup g) {
        RiskLevel l = c.risk(g);
        return l == null ? null : l.name();
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        java.sql.Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }

    static Object audited(long meetingId, Edition e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        e.content().shown().forEach((f, v) -> fields.put(f, v[1]));
        return AuditEvent.details("minutes", e.id(), "meeting", meetingId, "edition", e.edition(),
                "status", e.status().name(), "correctionReason", e.correctionReason(), "content", fields,
                "attendance", e.attendance(), "distributedAt", e.distributedAt() == null ? null : e.distributedAt().toString(),
                "recipients", e.recipients());
    }

    /**
     * Whether the signed-in user can read approved minutes of this meeting: asked of the database as the user, so
     * row-level security answers for an invited agency exactly as it does when the minutes are read (for the link from
     * an action to the minutes it was agreed in, where the meeting page itself is closed to that user).
     */
    @Transactional(readOnly = true)
    public boolean approvedMinutesReadable(long meetingId) {
        return jdbc.sql("select exists (select 1 from mapp_minutes where meeting_id = ? and status = 'APPROVED')")
                .param(meetingId).query(Boolean.class).single();
    }
}
