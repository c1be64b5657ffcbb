package org.mappahub.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.Agencies;
import org.mappahub.access.Agencies.Agency;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.rules.CategoryRules.RiskOfSeriousHarm;

/**
 * A person's risk assessments, read and changed as the signed-in user: the access policy decides first
 * ({@link CaseRecords}; assessments are part of the full history, so a duty-to-co-operate agency is refused even on a
 * case shared with it), row-level security underneath. What a tool records is {@link RiskTool}'s; this checks input
 * against it and records it, never computing a level. Every change is audited in the same transaction; a change made
 * against an out-of-date version is refused.
 */
@Service
public class RiskAssessments {

    static final int MAX_NOTES = 2000;
    static final int MAX_ASSESSOR = 200;
    /** What a refusal says was asked for. */
    private static final String PART = "risk assessments";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseRecords records;
    private final CaseAccess caseAccess;
    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RiskAssessments(CaseRecords records, CaseAccess caseAccess, Agencies agencies, JdbcClient jdbc, AuditTrail audit,
                    Clock clock) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An assessment as entered, before it is checked.
     *
     * @param agencyId     null: the signed-in user's agency
     * @param levels       scale key ({@link RiskTool.Scale#key()}) to level name; an unrated optional scale is absent
     * @param imminentRisk SARA only; null when not recorded
     */
    public record Input(RiskTool tool, LocalDate assessedOn, String assessor, Long agencyId, Map<String, String> levels,
                        Boolean imminentRisk, LocalDate nextDueOn, String notes) {
    }

    /** A recorded assessment; {@code levels} in the tool's order of scales. */
    public record Assessment(long id, RiskTool tool, LocalDate assessedOn, String assessor, long agencyId,
                             String agencyName, Map<String, RiskLevel> levels, Boolean imminentRisk,
                             LocalDate nextDueOn, String notes, int version, String recordedBy, String updatedBy) {

        /** The highest risk of serious harm this assessment rates, if it rates one. */
        public Optional<RiskLevel> highestSeriousHarm() {
            return tool.scales().stream().filter(RiskTool.Scale::seriousHarm).map(s -> levels.get(s.key()))
                    .filter(l -> l != null).max(Comparator.naturalOrder());
        }
    }

    /**
     * Everything the assessment page shows.
     *
     * @param current the latest assessment of each tool, in the order of {@link RiskTool}
     * @param history every assessment, newest first
     * @param highest the highest current risk of serious harm; null when none is recorded
     */
    public record Picture(String ref, List<Assessment> current, List<Assessment> history, RiskOfSeriousHarm highest,
                          boolean mayEdit, Access access) {
    }

    /**
     * What a form needs: the agencies of the person's area (the assessor's agency is one of them), the user's own
     * agency as the default, and the assessment being changed (null for a new one).
     */
    public record Form(String ref, List<Agency> agencies, Long defaultAgencyId, Assessment assessment) {
    }

    /** The picture for the signed-in user; the view is audited as a view of the record. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = readable(ref); // refused before the view is audited
        records.recordView(viewed);
        long nominalId = viewed.stored().id();
        List<Assessment> history = assessments(nominalId);
        List<Assessment> current = current(history);
        return new Picture(ref, current, history, highest(current), viewed.access().mayEdit(), viewed.access());
    }

    /** One assessment, for the signed-in user; audited as a view of the record. */
    @Transactional
    public Assessment assessment(String ref, long id) {
        CaseRecords.Viewed viewed = readable(ref);
        Assessment found = find(viewed.stored().id(), id).orElseThrow(() -> new AssessmentNotFoundException(ref, id));
        records.recordView(viewed);
        return found;
    }

    /** The form to record an assessment, or to change {@code id} (null: a new one); only for the record's editors. */
    @Transactional
    public Form form(String ref, Long id) {
        CaseRecords.Viewed viewed = editable(ref);
        Assessment existing = null;
        if (id != null) {
            existing = find(viewed.stored().id(), id).orElseThrow(() -> new AssessmentNotFoundException(ref, id));
            records.recordView(viewed); // the form shows what is recorded
        }
        return new Form(ref, agencies.inArea(viewed.stored().record().area()), userAgency(), existing);
    }

    /**
     * Records an assessment.
     *
     * @throws InvalidAssessmentException the input does not fit the tool, or a date is wrong (each message names the field)
     */
    @Transactional
    public Assessment record(String ref, Input input) {
        CaseRecords.Viewed viewed = editable(ref);
        Checked checked = check(input, viewed);
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into risk_assessment (nominal_id, tool, assessed_on, assessor, agency_id, levels,
                            imminent_risk, next_due_on, notes, version, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, 0, ?, ?, ?, ?) returning id""")
                .params(viewed.stored().id(), input.tool().name(), input.assessedOn(), checked.assessor(),
                        checked.agencyId(), json(checked.levels()), input.imminentRisk(), input.nextDueOn(),
                        checked.notes(), actor, now, actor, now)
                .query(Long.class).single();
        Assessment after = find(viewed.stored().id(), id).orElseThrow();
        audit.record(AuditEvent.created(ref, audited(after), actor));
        return after;
    }

    /**
     * Changes an assessment as the user saw it at {@code expectedVersion}. Its tool stays the one it was recorded with.
     *
     * @throws InvalidAssessmentException the input does not fit the tool, or a date is wrong
     * @throws StaleAssessmentException   someone else changed it since
     * @throws AssessmentNotFoundException no such assessment of this person
     */
    @Transactional
    public Assessment change(String ref, long id, int expectedVersion, Input input) {
        CaseRecords.Viewed viewed = editable(ref);
        long nominalId = viewed.stored().id();
        Assessment before = find(nominalId, id).orElseThrow(() -> new AssessmentNotFoundException(ref, id));
        if (before.version() != expectedVersion) {
            throw new StaleAssessmentException(ref, id, expectedVersion);
        }
        if (input.tool() != null && input.tool() != before.tool()) {
            throw new InvalidAssessmentException(Map.of("tool", "The tool of a recorded assessment cannot be changed: "
                    + "this is a " + before.tool().title() + " assessment; record a new one for another tool"));
        }
        Input same = new Input(before.tool(), input.assessedOn(), input.assessor(), input.agencyId(), input.levels(),
                input.imminentRisk(), input.nextDueOn(), input.notes());
        Checked checked = check(same, viewed);
        String actor = Actor.currentUser();
        int updated = jdbc.sql("""
                        update risk_assessment set assessed_on = ?, assessor = ?, agency_id = ?, levels = ?::jsonb,
                            imminent_risk = ?, next_due_on = ?, notes = ?, version = version + 1, updated_by = ?,
                            updated_at = ?
                        where id = ? and nominal_id = ? and version = ?""")
                .params(same.assessedOn(), checked.assessor(), checked.agencyId(), json(checked.levels()),
                        same.imminentRisk(), same.nextDueOn(), checked.notes(), actor, Timestamp.from(clock.instant()),
                        id, nominalId, expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleAssessmentException(ref, id, expectedVersion);
        }
        Assessment after = find(nominalId, id).orElseThrow();
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), actor));
        return after;
    }

    /**
     * The highest risk of serious harm the person's current assessments record (the latest of each tool that rates
     * one: OASys for any group, AssetPlus), or null when none is recorded: what category 3 needs to be high or very
     * high ({@link org.mappahub.rules.CategoryRules#checkCategory3}). For a record already read through the policy;
     * not audited (the caller audits its own view).
     */
    @Transactional(readOnly = true)
    public RiskOfSeriousHarm highestCurrentRisk(CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            return null;
        }
        return highest(current(assessments(viewed.stored().id())));
    }

    /** The latest assessment of each tool of a record already read through the policy (the full history only). */
    @Transactional(readOnly = true)
    public List<Assessment> current(CaseRecords.Viewed viewed) {
        return viewed.sees(RecordPart.FULL_HISTORY) ? current(assessments(viewed.stored().id())) : List.of();
    }

    private static List<Assessment> current(List<Assessment> history) {
        Map<RiskTool, Assessment> latest = new java.util.EnumMap<>(RiskTool.class);
        history.forEach(a -> latest.putIfAbsent(a.tool(), a)); // history is newest first
        return List.copyOf(latest.values());
    }

    private static RiskOfSeriousHarm highest(List<Assessment> current) {
        return current.stream().map(Assessment::highestSeriousHarm).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).map(RiskLevel::asSeriousHarm).orElse(null);
    }

    /** The input, checked against the tool and the dates, with the levels parsed in the tool's order. */
    private record Checked(String assessor, long agencyId, Map<String, RiskLevel> levels, String notes) {
    }

    private Checked check(Input in, CaseRecords.Viewed viewed) {
        Map<String, String> problems = new LinkedHashMap<>();
        RiskTool tool = in.tool();
        if (tool == null) {
            problems.put("tool", "Select the tool that produced the assessment");
        }
        LocalDate today = LocalDate.now(clock);
        if (in.assessedOn() == null) {
            problems.put("assessedOn", "Enter the date of the assessment");
        } else if (in.assessedOn().isAfter(today)) {
            problems.put("assessedOn", "The date of the assessment must be today or in the past");
        }
        String assessor = in.assessor() == null ? "" : in.assessor().strip();
        if (assessor.isEmpty()) {
            problems.put("assessor", "Enter the name of the assessor");
        } else if (assessor.length() > MAX_ASSESSOR) {
            problems.put("assessor", "The name of the assessor must be " + MAX_ASSESSOR + " characters or fewer");
        }
        Long agencyId = in.agencyId() != null ? in.agencyId() : userAgency();
        String area = viewed.stored().record().area();
        if (agencyId == null) {
            problems.put("agency", "Select the assessor's agency");
        } else if (agencies.inArea(area).stream().noneMatch(a -> a.id() == agencyId)) {
            problems.put("agency", "The assessor's agency must be one of the agencies of the person's area (" + area + ")");
        }
        Map<String, RiskLevel> levels = tool == null ? Map.of() : levels(tool, in.levels(), problems);
        if (in.imminentRisk() != null && tool != null && !tool.recordsImminentRisk()) {
            problems.put("imminentRisk", "Imminent risk is recorded for SARA assessments only, not " + tool.title());
        }
        if (in.nextDueOn() == null) {
            problems.put("nextDueOn", "Enter the date the next assessment is due");
        } else if (in.assessedOn() != null && !in.nextDueOn().isAfter(in.assessedOn())) {
            problems.put("nextDueOn", "The date the next assessment is due must be after the date of the assessment");
        }
        String notes = in.notes() == null || in.notes().isBlank() ? null : in.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.put("notes", "Notes must be " + MAX_NOTES + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return new Checked(assessor, agencyId, levels, notes);
    }

    /**
     * The levels, checked against the tool ({@link RiskTool}): each field is {@code levels.<SCALE>}; a scale the tool
     * does not have, a level the scale does not allow and a required scale left unrated are each refused; a tool with
     * no required scale needs at least one rated.
     */
    static Map<String, RiskLevel> levels(RiskTool tool, Map<String, String> given, Map<String, String> problems) {
        Map<String, String> raw = given == null ? Map.of() : given;
        for (String key : raw.keySet()) {
            if (tool.scale(key).isEmpty()) {
                problems.put("levels." + key, tool.title() + " has no scale ‘" + key + "’: it rates "
                        + String.join(", ", tool.scales().stream().map(RiskTool.Scale::key).toList()));
            }
        }
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        for (RiskTool.Scale scale : tool.scales()) {
            String value = raw.get(scale.key());
            String field = "levels." + scale.key();
            if (value == null || value.isBlank()) {
                if (scale.required()) {
                    problems.put(field, "Select the " + lowerFirst(scale.label()) + " (" + tool.title() + ")");
                }
                continue;
            }
            Optional<RiskLevel> level = scale.levels().stream().filter(l -> l.name().equals(value.strip())).findFirst();
            if (level.isEmpty()) {
                problems.put(field, scale.label() + ": " + tool.title() + " has no level ‘" + value.strip()
                        + "’; it records " + String.join(", ", scale.levels().stream().map(RiskLevel::name).toList()));
            } else {
                levels.put(scale.key(), level.get());
            }
        }
        if (levels.isEmpty() && tool.scales().stream().noneMatch(RiskTool.Scale::required)
                && problems.keySet().stream().noneMatch(k -> k.startsWith("levels"))) {
            problems.put("levels", "Record the category on at least one " + tool.title() + " scale");
        }
        return levels;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private Long userAgency() {
        return caseAccess.viewer().map(Viewer::agencyId).orElse(null);
    }

    private List<Assessment> assessments(long nominalId) {
        return jdbc.sql(SELECT + " where r.nominal_id = ? order by r.assessed_on desc, r.id desc")
                .param(nominalId).query(RiskAssessments::assessment).list();
    }

    private Optional<Assessment> find(long nominalId, long id) {
        return jdbc.sql(SELECT + " where r.nominal_id = ? and r.id = ?").params(nominalId, id)
                .query(RiskAssessments::assessment).optional();
    }

    private static final String SELECT = """
            select r.id, r.tool, r.assessed_on, r.assessor, r.agency_id, a.name as agency_name, r.levels::text as levels,
                r.imminent_risk, r.next_due_on, r.notes, r.version, r.created_by, r.updated_by
            from risk_assessment r join agency a on a.id = r.agency_id""";

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        RiskTool tool = RiskTool.valueOf(rs.getString("tool"));
        Map<String, String> stored = JSON.readValue(rs.getString("levels"), new TypeReference<Map<String, String>>() {
        });
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        for (RiskTool.Scale s : tool.scales()) {
            if (stored.containsKey(s.key())) {
                levels.put(s.key(), RiskLevel.valueOf(stored.get(s.key())));
            }
        }
        return new Assessment(rs.getLong("id"), tool, rs.getObject("assessed_on", LocalDate.class),
                rs.getString("assessor"), rs.getLong("agency_id"), rs.getString("agency_name"), levels,
                (Boolean) rs.getObject("imminent_risk"), rs.getObject("next_due_on", LocalDate.class),
                rs.getString("notes"), rs.getInt("version"), rs.getString("created_by"), rs.getString("updated_by"));
    }

    private static String json(Map<String, RiskLevel> levels) {
        Map<String, String> names = new LinkedHashMap<>();
        levels.forEach((k, v) -> names.put(k, v.name()));
        return JSON.writeValueAsString(names);
    }

    private static Object audited(Assessment a) {
        Map<String, String> levels = new LinkedHashMap<>();
        a.levels().forEach((k, v) -> levels.put(k, v.name()));
        return AuditEvent.details("riskAssessment", AuditEvent.details("id", a.id(), "tool", a.tool().name(),
                "assessedOn", a.assessedOn().toString(), "assessor", a.assessor(), "agencyId", a.agencyId(),
                "levels", levels, "imminentRisk", a.imminentRisk(), "nextDueOn", a.nextDueOn().toString(),
                "notes", a.notes()));
    }

    /** The record, when the user sees its full history; otherwise the refusal is thrown (and audited). */
    private CaseRecords.Viewed readable(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "Risk assessments are part of the full history, which this user does not see");
        }
        return viewed;
    }

    /** The record, when the user may change its risk assessments; otherwise the refusal is thrown. */
    private CaseRecords.Viewed editable(String ref) {
        CaseRecords.Viewed viewed = readable(ref);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not record risk assessments",
                    "Only the owning area's practitioners and co-ordinators record risk assessments");
        }
        return viewed;
    }
}
