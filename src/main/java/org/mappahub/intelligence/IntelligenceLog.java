package org.mappahub.intelligence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.Agencies;
import org.mappahub.access.Agencies.Agency;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.intelligence.HandlingMarking.Classification;
import org.mappahub.intelligence.HandlingMarking.HandlingCode;
import org.mappahub.intelligence.HandlingMarking.IntelligenceEvaluation;
import org.mappahub.intelligence.HandlingMarking.SourceEvaluation;
import org.mappahub.nominal.CaseRecords;

/**
 * A person's intelligence and contact log, read and changed as the signed-in user: the access policy decides
 * first ({@link CaseRecords}; the log is {@link RecordPart#INTELLIGENCE_LOG}, which a duty-to-co-operate agency
 * never sees, even of a case shared with it), row-level security underneath. Entries are added by the owning
 * area's editors ({@code Access.mayEdit}); an entry is corrected only by staff of the agency that recorded it
 * (the agency answers for what it put on the record: another agency adds an entry of its own instead), against
 * the version they read; nothing deletes one. Every view and change is audited, a correction with the text
 * before and after.
 */
@Service
public class IntelligenceLog {

    /** The longest summary accepted: a log entry is a summary; the full report lives in the agency's own system. */
    public static final int MAX_SUMMARY = 4000;
    /** What a refusal says was asked for. */
    private static final String PART = "intelligence log";

    private final CaseRecords records;
    private final CaseAccess caseAccess;
    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    IntelligenceLog(CaseRecords records, CaseAccess caseAccess, Agencies agencies, JdbcClient jdbc, AuditTrail audit,
                    Clock clock) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One entry as recorded (and perhaps corrected since: {@code version > 0}). */
    public record Entry(long id, LocalDate occurredOn, IntelligenceKind kind, String summary, long sourceAgencyId,
                        String sourceAgency, HandlingMarking marking, long recordedAgencyId, String recordedAgency,
                        String recordedBy, Instant recordedAt, String updatedBy, Instant updatedAt, int version) {
        public boolean corrected() {
            return version > 0;
        }
    }

    /**
     * What the user entered. Null source agency: the user's own; null classification: OFFICIAL-SENSITIVE.
     */
    public record Draft(LocalDate occurredOn, IntelligenceKind kind, String summary, Long sourceAgencyId,
                        Classification classification, SourceEvaluation sourceEvaluation,
                        IntelligenceEvaluation intelligenceEvaluation, HandlingCode handlingCode,
                        String handlingConditions) {
    }

    /**
     * The log as the user sees it.
     *
     * @param filter     the kind shown, or null for every kind
     * @param userAgency the signed-in user's agency (who may correct which entry)
     * @param agencies   the agencies an entry may come from: those of the person's area
     */
    public record Picture(String ref, List<Entry> entries, IntelligenceKind filter, boolean mayEdit, Long userAgency,
                          List<Agency> agencies, Access access) {
        public boolean mayCorrect(Entry e) {
            return mayEdit && userAgency != null && userAgency == e.recordedAgencyId();
        }
    }

    /** The log, newest first (only {@code kind} when given), for the signed-in user; the view is audited. */
    @Transactional
    public Picture view(String ref, IntelligenceKind kind) {
        CaseRecords.Viewed viewed = readable(ref);
        long nominalId = viewed.stored().id();
        List<Entry> entries = jdbc.sql(SELECT + " where e.nominal_id = ? and (?::text is null or e.kind = ?)"
                        + " order by e.occurred_on desc, e.id desc")
                .params(nominalId, kind == null ? null : kind.name(), kind == null ? null : kind.name())
                .query(IntelligenceLog::entry).list();
        auditView(viewed, AuditEvent.details("part", RecordPart.INTELLIGENCE_LOG.name(),
                "kind", kind == null ? null : kind.name(), "entries", entries.size()));
        Viewer viewer = caseAccess.viewer().orElse(null);
        return new Picture(ref, entries, kind, viewed.access().mayEdit(), viewer == null ? null : viewer.agencyId(),
                agencies.inArea(viewed.stored().record().area()), viewed.access());
    }

    /** How many entries the log has, and the date and kind of the latest event (null when none). */
    public record Overview(long entries, LocalDate latestOn, IntelligenceKind latestKind) {
    }

    /**
     * The log in a line, for a record already read and its view audited by the record page; nothing for a viewer
     * who does not see the log. Not audited again: the page shows no entry, only the count and the latest kind.
     */
    @Transactional(readOnly = true)
    public Overview overview(CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.INTELLIGENCE_LOG)) {
            return new Overview(0, null, null);
        }
        return jdbc.sql("""
                        select (select count(*) from intelligence_entry where nominal_id = :id) as entries,
                               l.occurred_on, l.kind
                          from (select 1) one
                          left join lateral (select occurred_on, kind from intelligence_entry where nominal_id = :id
                                             order by occurred_on desc, id desc limit 1) l on true""")
                .param("id", viewed.stored().id())
                .query((rs, n) -> new Overview(rs.getLong("entries"), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("kind") == null ? null : IntelligenceKind.valueOf(rs.getString("kind"))))
                .single();
    }

    /** An entry to correct, and the agencies it may come from. */
    public record Correction(Entry entry, List<Agency> agencies) {
    }

    /**
     * One entry, for the user who may correct it (the correction form); the view is audited.
     *
     * @throws IntelligenceEntryNotFoundException no such entry in this person's log
     */
    @Transactional
    public Correction entryToCorrect(String ref, String entryId) {
        CaseRecords.Viewed viewed = editable(ref);
        Entry entry = find(viewed, ref, entryId);
        requireRecordingAgency(ref, viewed, entry);
        auditView(viewed, AuditEvent.details("part", RecordPart.INTELLIGENCE_LOG.name(), "entry", entry.id()));
        return new Correction(entry, agencies.inArea(viewed.stored().record().area()));
    }

    /**
     * Adds an entry to the log.
     *
     * @throws InvalidIntelligenceException a field is missing or wrong (the message names it); nothing is written
     */
    @Transactional
    public Entry record(String ref, Draft draft) {
        CaseRecords.Viewed viewed = editable(ref);
        Checked ok = check(viewed, draft);
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into intelligence_entry (nominal_id, occurred_on, kind, summary, source_agency_id,
                            classification, source_evaluation, intelligence_evaluation, handling_code,
                            handling_conditions, recorded_agency_id, version, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) returning id""")
                .params(viewed.stored().id(), draft.occurredOn(), draft.kind().name(), ok.summary(), ok.sourceAgency(),
                        ok.marking().classification().name(), ok.marking().source().grade(),
                        ok.marking().intelligence().name(), ok.marking().code().name(), ok.marking().conditions(),
                        ok.userAgency(), actor, now, actor, now)
                .query(Long.class).single();
        Entry made = load(viewed.stored().id(), id).orElseThrow();
        audit.record(AuditEvent.created(ref, audited(made), actor));
        return made;
    }

    /**
     * Corrects an entry: only staff of the agency that recorded it, against the version they read. The audit keeps
     * the entry before and after.
     *
     * @throws InvalidIntelligenceException       a field is missing or wrong; nothing is written
     * @throws StaleIntelligenceEntryException    someone corrected it since {@code expectedVersion}
     * @throws IntelligenceEntryNotFoundException no such entry in this person's log
     */
    @Transactional
    public Entry correct(String ref, String entryId, Integer expectedVersion, Draft draft) {
        CaseRecords.Viewed viewed = editable(ref);
        Entry before = find(viewed, ref, entryId);
        requireRecordingAgency(ref, viewed, before);
        Checked ok = check(viewed, draft);
        if (expectedVersion == null || expectedVersion != before.version()) {
            throw new StaleIntelligenceEntryException(ref, before.id(), expectedVersion);
        }
        String actor = Actor.currentUser();
        int updated = jdbc.sql("""
                        update intelligence_entry set occurred_on = ?, kind = ?, summary = ?, source_agency_id = ?,
                            classification = ?, source_evaluation = ?, intelligence_evaluation = ?, handling_code = ?,
                            handling_conditions = ?, version = version + 1, updated_by = ?, updated_at = ?
                        where id = ? and nominal_id = ? and version = ?""")
                .params(draft.occurredOn(), draft.kind().name(), ok.summary(), ok.sourceAgency(),
                        ok.marking().classification().name(), ok.marking().source().grade(),
                        ok.marking().intelligence().name(), ok.marking().code().name(), ok.marking().conditions(),
                        actor, Timestamp.from(clock.instant()), before.id(), viewed.stored().id(), expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleIntelligenceEntryException(ref, before.id(), expectedVersion);
        }
        Entry after = load(viewed.stored().id(), before.id()).orElseThrow();
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), actor));
        return after;
    }

    /** A draft that passed: the summary trimmed, the source agency decided, the marking whole. */
    private record Checked(String summary, long sourceAgency, HandlingMarking marking, long userAgency) {
    }

    private Checked check(CaseRecords.Viewed viewed, Draft d) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.occurredOn() == null) {
            problems.put("occurredOn", "Enter the date of the event");
        } else if (d.occurredOn().isAfter(LocalDate.now(clock))) {
            problems.put("occurredOn", "The date of the event must be today or in the past");
        }
        if (d.kind() == null) {
            problems.put("kind", "Select what the entry records");
        }
        String summary = blankToNull(d.summary());
        if (summary == null) {
            problems.put("summary", "Enter a summary of what happened or what was learned");
        } else if (summary.length() > MAX_SUMMARY) {
            problems.put("summary", "The summary must be " + MAX_SUMMARY + " characters or fewer (it has "
                    + summary.length() + ")");
        }
        Long userAgency = caseAccess.viewer().map(Viewer::agencyId).orElse(null);
        Long source = d.sourceAgencyId() == null ? userAgency : d.sourceAgencyId();
        String area = viewed.stored().record().area();
        boolean known = source != null && agencies.find(source).filter(a -> a.area().equals(area)).isPresent();
        if (!known) {
            problems.put("sourceAgency", "Select the source agency from the agencies of the person's area (" + area + ")");
        }
        String conditions = blankToNull(d.handlingConditions());
        HandlingMarking.check(d.sourceEvaluation(), d.intelligenceEvaluation(), d.handlingCode(), conditions, problems);
        if (!problems.isEmpty()) {
            throw new InvalidIntelligenceException(problems);
        }
        Classification classification = d.classification() == null ? Classification.OFFICIAL_SENSITIVE : d.classification();
        return new Checked(summary, source, new HandlingMarking(classification, d.sourceEvaluation(),
                d.intelligenceEvaluation(), d.handlingCode(), conditions), userAgency);
    }

    private Entry find(CaseRecords.Viewed viewed, String ref, String entryId) {
        long id;
        try {
            id = Long.parseLong(entryId == null ? "" : entryId.strip());
        } catch (NumberFormatException e) {
            throw new IntelligenceEntryNotFoundException(ref, entryId);
        }
        return load(viewed.stored().id(), id).orElseThrow(() -> new IntelligenceEntryNotFoundException(ref, entryId));
    }

    private Optional<Entry> load(long nominalId, long id) {
        return jdbc.sql(SELECT + " where e.nominal_id = ? and e.id = ?").params(nominalId, id)
                .query(IntelligenceLog::entry).optional();
    }

    /** Reads the record and refuses a user who does not see the log (audited, before any view is). */
    private CaseRecords.Viewed readable(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        if (!viewed.sees(RecordPart.INTELLIGENCE_LOG)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the intelligence log",
                    "The intelligence log is seen only by Responsible Authority staff of the case");
        }
        return viewed;
    }

    private CaseRecords.Viewed editable(String ref) {
        CaseRecords.Viewed viewed = readable(ref);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not add to the intelligence log",
                    "Only the owning area's practitioners and co-ordinators add to the intelligence log");
        }
        return viewed;
    }

    private void requireRecordingAgency(String ref, CaseRecords.Viewed viewed, Entry entry) {
        Long agency = caseAccess.viewer().map(Viewer::agencyId).orElse(null);
        if (agency == null || agency != entry.recordedAgencyId()) {
            throw caseAccess.refusal(ref, viewed.access(), PART + " entry " + entry.id(),
                    "not of the recording agency", "Only staff of " + entry.recordedAgency()
                            + ", which recorded this entry, may correct it");
        }
    }

    /** A view of the log, saying which part was seen; exceptional access with the stated reason. */
    private void auditView(CaseRecords.Viewed viewed, Map<String, Object> details) {
        Access access = viewed.access();
        if (access.exceptional()) {
            details.put("exceptional", true);
            details.put("area", access.area());
        }
        audit.record(new AuditEvent(AuditAction.VIEW_RECORD, viewed.stored().record().ref(), details,
                access.exceptional() ? access.reason() : null, null));
    }

    private static Map<String, Object> audited(Entry e) {
        return AuditEvent.details("intelligenceEntry", AuditEvent.details("id", e.id(),
                "occurredOn", e.occurredOn().toString(), "kind", e.kind().name(), "summary", e.summary(),
                "sourceAgency", e.sourceAgency(), "sourceAgencyId", e.sourceAgencyId(),
                "classification", e.marking().classification().name(), "sourceEvaluation", e.marking().source().grade(),
                "intelligenceEvaluation", e.marking().intelligence().name(), "handlingCode", e.marking().code().name(),
                "handlingConditions", e.marking().conditions(), "recordedAgency", e.recordedAgency(),
                "version", e.version()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final String SELECT = """
            select e.id, e.occurred_on, e.kind, e.summary, e.source_agency_id, s.name as source_name, e.classification,
                   e.source_evaluation, e.intelligence_evaluation, e.handling_code, e.handling_conditions,
                   e.recorded_agency_id, r.name as recorded_name, e.created_by, e.created_at, e.updated_by,
                   e.updated_at, e.version
              from intelligence_entry e
              join agency s on s.id = e.source_agency_id
              join agency r on r.id = e.recorded_agency_id""";

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
                IntelligenceKind.valueOf(rs.getString("kind")), rs.getString("summary"), rs.getLong("source_agency_id"),
                rs.getString("source_name"), new HandlingMarking(Classification.valueOf(rs.getString("classification")),
                SourceEvaluation.ofGrade(rs.getString("source_evaluation")),
                IntelligenceEvaluation.valueOf(rs.getString("intelligence_evaluation")),
                HandlingCode.valueOf(rs.getString("handling_code")), rs.getString("handling_conditions")),
                rs.getLong("recorded_agency_id"), rs.getString("recorded_name"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
