package org.mappahub.licence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;

/**
 * A person's licences, read and changed as the signed-in user: the access policy decides first
 * ({@link CaseRecords}; licences are part of the full history), row-level security underneath. A licence is
 * created with its dates, the sentence it follows and its additional conditions; corrected (dates, sentence, a
 * condition it was issued with) against the version the user read; and varied on a date for a reason, which adds
 * and removes conditions or moves the end date and is kept as history. Every view and change is audited; its
 * status is computed from today by the injected clock.
 */
@Service
public class Licences {

    static final int MAX_SENTENCE = 500;
    static final int MAX_REASON = 2000;
    private static final String PART = "licences";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final CaseRecords records;
    private final CaseAccess caseAccess;
    private final ConditionCatalogue catalogue;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Licences(CaseRecords records, CaseAccess caseAccess, ConditionCatalogue catalogue, JdbcClient jdbc, AuditTrail audit,
             Clock clock) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An additional condition of a licence.
     *
     * @param words         the catalogue wording with the parameters filled in
     * @param parameters    as stored, by parameter name
     * @param retired       whether its catalogue entry has been retired since (it stays on this licence)
     * @param addedBy       the variation that added it; null when the licence was issued with it
     * @param removedBy     the variation that removed it; null while it applies
     */
    public record Condition(long id, String code, String words, Map<String, Object> parameters, boolean victimRequested,
                            boolean retired, Long addedBy, Long removedBy) {

        /** The exclusion zone's polygon, when the condition has one. */
        public Optional<ZonePolygon> zone() {
            return parameters.get(ConditionParameter.EXCLUSION_ZONE.name()) instanceof Map<?, ?> zone
                    && zone.get("polygon") != null ? Optional.of(ZonePolygon.of(zone.get("polygon"))) : Optional.empty();
        }
    }

    /** A variation: when, why, who, and what it changed (added, removed: condition summaries; endsOn: from, to). */
    public record Variation(long id, LocalDate variedOn, String reason, Map<String, Object> changes, String recordedBy,
                            Instant recordedAt) {
    }

    /** A licence as it stands: the current conditions are those no variation removed. */
    public record Licence(long id, LocalDate startsOn, LocalDate endsOn, String sentence, int version, LicenceStatus status,
                          List<Condition> conditions, List<Condition> removed, List<Variation> variations) {
    }

    /** Everything the licences pages show. */
    public record Picture(String ref, List<Licence> licences, boolean mayEdit, Access access,
                          List<ConditionCatalogue.Entry> choosable) {

        public Licence licence(long id) {
            return licences.stream().filter(l -> l.id() == id).findFirst()
                    .orElseThrow(() -> new LicenceNotFoundException(ref, id));
        }
    }

    /** The licences of the record for the signed-in user, newest first; the view is audited. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        return picture(ref, records.recordView(viewed));
    }

    /**
     * The licences for a user who may change them, to re-show a form after a refused change: refused (and the
     * refusal audited) unless they may edit, and audited as a view, since the page shows the licences again.
     */
    @Transactional
    public Picture editView(String ref) {
        return picture(ref, records.recordView(editable(ref)));
    }

    /**
     * Records a licence with the additional conditions it was issued with.
     *
     * @throws InvalidLicenceException field by field (startsOn, endsOn, sentence, conditions[i].field)
     */
    @Transactional
    public Licence create(String ref, LocalDate startsOn, LocalDate endsOn, String sentence, List<ConditionInput> conditions) {
        CaseRecords.Viewed viewed = editable(ref);
        Map<String, String> problems = new LinkedHashMap<>();
        String s = details(startsOn, endsOn, sentence, problems);
        List<ConditionInput.Checked> checked = check(conditions, "conditions", problems);
        refuseIfAny(problems);
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long nominalId = viewed.stored().id();
        long id = jdbc.sql("""
                        insert into licence (nominal_id, starts_on, ends_on, sentence, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(nominalId, startsOn, endsOn, s, actor, now, actor, now).query(Long.class).single();
        for (ConditionInput.Checked c : checked) {
            insertCondition(nominalId, id, c, null, actor, now);
        }
        Licence created = licence(nominalId, id).orElseThrow();
        audit.record(AuditEvent.created(ref, audited(created), actor));
        return created;
    }

    /**
     * Corrects a licence's dates and sentence (a correction of what was recorded; a change of the licence itself is
     * a {@link #vary variation}).
     *
     * @throws StaleLicenceException someone changed the licence since {@code expectedVersion}
     */
    @Transactional
    public Licence correct(String ref, long licenceId, Integer expectedVersion, LocalDate startsOn, LocalDate endsOn,
                           String sentence) {
        CaseRecords.Viewed viewed = editable(ref);
        long nominalId = viewed.stored().id();
        Licence before = licence(nominalId, licenceId).orElseThrow(() -> new LicenceNotFoundException(ref, licenceId));
        Map<String, String> problems = new LinkedHashMap<>();
        String s = details(startsOn, endsOn, sentence, problems);
        refuseIfAny(problems);
        bump(ref, before, expectedVersion, "starts_on = ?, ends_on = ?, sentence = ?,", startsOn, endsOn, s);
        return changed(ref, nominalId, before);
    }

    /** Adds a condition the licence was issued with but that was not recorded (a correction, not a variation). */
    @Transactional
    public Licence addIssuedCondition(String ref, long licenceId, Integer expectedVersion, ConditionInput condition) {
        CaseRecords.Viewed viewed = editable(ref);
        long nominalId = viewed.stored().id();
        Licence before = licence(nominalId, licenceId).orElseThrow(() -> new LicenceNotFoundException(ref, licenceId));
        Map<String, String> problems = new LinkedHashMap<>();
        ConditionInput.Checked checked = condition == null ? null : condition.check(catalogue.choosable(), "", problems);
        if (condition == null) {
            problems.put("condition", "Select the additional condition");
        }
        refuseIfAny(problems);
        bump(ref, before, expectedVersion, "");
        String actor = Actor.currentUser();
        insertCondition(nominalId, licenceId, checked, null, actor, Timestamp.from(clock.instant()));
        return changed(ref, nominalId, before);
    }

    /**
     * Varies a licence on {@code variedOn} for {@code reason}: adds conditions, removes current ones (by id), and
     * moves the end date (null: unchanged). The variation is kept with who recorded it and what it changed.
     *
     * @throws InvalidLicenceException field by field (variedOn, reason, endsOn, removed, added[i].field, variation)
     * @throws StaleLicenceException   someone changed the licence since {@code expectedVersion}
     */
    @Transactional
    public Licence vary(String ref, long licenceId, Integer expectedVersion, LocalDate variedOn, String reason,
                        List<ConditionInput> added, List<Long> removed, LocalDate newEndsOn) {
        CaseRecords.Viewed viewed = editable(ref);
        long nominalId = viewed.stored().id();
        Licence before = licence(nominalId, licenceId).orElseThrow(() -> new LicenceNotFoundException(ref, licenceId));
        Map<String, String> problems = new LinkedHashMap<>();
        if (variedOn == null) {
            problems.put("variedOn", "Enter the date of the variation");
        } else if (variedOn.isAfter(LocalDate.now(clock))) {
            problems.put("variedOn", "The date of the variation must be today or in the past");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.put("reason", "Enter the reason for the variation");
        } else if (why.length() > MAX_REASON) {
            problems.put("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        LocalDate endsOn = newEndsOn == null || newEndsOn.equals(before.endsOn()) ? null : newEndsOn;
        if (endsOn != null && !endsOn.isAfter(before.startsOn())) {
            problems.put("endsOn", "The new licence end date must be after the licence starts");
        }
        List<Long> removing = removed == null ? List.of() : removed.stream().filter(Objects::nonNull).distinct().toList();
        for (Long id : removing) {
            if (before.conditions().stream().noneMatch(c -> c.id() == id)) {
                problems.put("removed", "Condition " + id + " is not a current condition of this licence");
            }
        }
        List<ConditionInput.Checked> checked = check(added, "added", problems);
        if (problems.isEmpty() && checked.isEmpty() && removing.isEmpty() && endsOn == null) {
            problems.put("variation", "A variation must add a condition, remove one or change the licence end date");
        }
        refuseIfAny(problems);
        if (endsOn != null) {
            bump(ref, before, expectedVersion, "ends_on = ?,", endsOn);
        } else {
            bump(ref, before, expectedVersion, "");
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, Object> changes = new LinkedHashMap<>();
        long variationId = jdbc.sql("""
                        insert into licence_variation (nominal_id, licence_id, varied_on, reason, changes, created_by, created_at)
                        values (?, ?, ?, ?, '{}'::jsonb, ?, ?) returning id""")
                .params(nominalId, licenceId, variedOn, why, actor, now).query(Long.class).single();
        List<Object> addedSummaries = new ArrayList<>();
        for (ConditionInput.Checked c : checked) {
            long id = insertCondition(nominalId, licenceId, c, variationId, actor, now);
            addedSummaries.add(AuditEvent.details("id", id, "code", c.entry().code(), "words",
                    c.entry().words(values(c.parameters()))));
        }
        List<Object> removedSummaries = new ArrayList<>();
        for (Long id : removing) {
            jdbc.sql("update licence_condition set removed_by_variation = ? where id = ? and licence_id = ? and nominal_id = ?")
                    .params(variationId, id, licenceId, nominalId).update();
            Condition c = before.conditions().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            removedSummaries.add(AuditEvent.details("id", id, "code", c.code(), "words", c.words()));
        }
        if (!addedSummaries.isEmpty()) {
            changes.put("added", addedSummaries);
        }
        if (!removedSummaries.isEmpty()) {
            changes.put("removed", removedSummaries);
        }
        if (endsOn != null) {
            changes.put("endsOn", AuditEvent.details("from", before.endsOn().toString(), "to", endsOn.toString()));
        }
        jdbc.sql("update licence_variation set changes = ?::jsonb where id = ?").params(json(changes), variationId).update();
        Licence after = licence(nominalId, licenceId).orElseThrow();
        audit.record(AuditEvent.changed(ref, audited(before), AuditEvent.details("licence", audited(after),
                "variation", AuditEvent.details("id", variationId, "variedOn", variedOn.toString(), "reason", why,
                        "changes", changes)), actor));
        return after;
    }

    /** The licences of a person already read as the user (for the record page's panels); no view is audited. */
    @Transactional(readOnly = true)
    public List<Licence> licencesOf(CaseRecords.Viewed viewed) {
        return licences(viewed.stored().id());
    }

    // --- reading -------------------------------------------------------------------------------------------------

    private Picture picture(String ref, CaseRecords.Viewed viewed) {
        return new Picture(ref, licences(viewed.stored().id()), viewed.access().mayEdit(), viewed.access(),
                catalogue.choosable());
    }

    private List<Licence> licences(long nominalId) {
        return jdbc.sql("select id from licence where nominal_id = ? order by starts_on desc, id desc").param(nominalId)
                .query(Long.class).list().stream().map(id -> licence(nominalId, id).orElseThrow()).toList();
    }

    private Optional<Licence> licence(long nominalId, long id) {
        LocalDate today = LocalDate.now(clock);
        Map<String, ConditionCatalogue.Entry> entries = new LinkedHashMap<>();
        catalogue.all().forEach(e -> entries.put(e.code(), e));
        List<Condition> all = jdbc.sql("""
                        select c.id, c.condition_code, c.parameters::text as parameters, c.victim_requested,
                            c.added_by_variation, c.removed_by_variation
                        from licence_condition c where c.licence_id = ? and c.nominal_id = ? order by c.id""")
                .params(id, nominalId).query((rs, n) -> condition(rs, entries)).list();
        List<Variation> variations = jdbc.sql("""
                        select id, varied_on, reason, changes::text as changes, created_by, created_at
                        from licence_variation where licence_id = ? and nominal_id = ? order by varied_on, id""")
                .params(id, nominalId)
                .query((rs, n) -> new Variation(rs.getLong("id"), rs.getObject("varied_on", LocalDate.class),
                        rs.getString("reason"), JSON.readValue(rs.getString("changes"), OBJECT), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return jdbc.sql("select id, starts_on, ends_on, sentence, version from licence where id = ? and nominal_id = ?")
                .params(id, nominalId)
                .query((rs, n) -> {
                    LocalDate starts = rs.getObject("starts_on", LocalDate.class);
                    LocalDate ends = rs.getObject("ends_on", LocalDate.class);
                    return new Licence(rs.getLong("id"), starts, ends, rs.getString("sentence"), rs.getInt("version"),
                            LicenceStatus.on(today, starts, ends),
                            all.stream().filter(c -> c.removedBy() == null).toList(),
                            all.stream().filter(c -> c.removedBy() != null).toList(), variations);
                })
                .optional();
    }

    private static Condition condition(ResultSet rs, Map<String, ConditionCatalogue.Entry> entries) throws SQLException {
        String code = rs.getString("condition_code");
        Map<String, Object> parameters = JSON.readValue(rs.getString("parameters"), OBJECT);
        ConditionCatalogue.Entry entry = entries.get(code); // the foreign key makes it exist
        return new Condition(rs.getLong("id"), code, entry.words(values(parameters)), parameters,
                rs.getBoolean("victim_requested"), entry.retired(), (Long) rs.getObject("added_by_variation"),
                (Long) rs.getObject("removed_by_variation"));
    }

    /** The parameters as words for the wording's placeholders. */
    private static Map<ConditionParameter, String> values(Map<String, Object> parameters) {
        Map<ConditionParameter, String> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            ConditionParameter p = ConditionParameter.valueOf(k);
            out.put(p, v instanceof Map<?, ?> zone ? String.valueOf(zone.get("description")) : String.valueOf(v));
        });
        return out;
    }

    // --- writing -------------------------------------------------------------------------------------------------

    private String details(LocalDate startsOn, LocalDate endsOn, String sentence, Map<String, String> problems) {
        if (startsOn == null) {
            problems.put("startsOn", "Enter the date the licence starts");
        }
        if (endsOn == null) {
            problems.put("endsOn", "Enter the licence end date");
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            problems.put("endsOn", "The licence end date must be after the date the licence starts");
        }
        String s = sentence == null ? "" : sentence.strip();
        if (s.isEmpty()) {
            problems.put("sentence", "Enter the sentence the licence follows, for example 4 years' imprisonment");
        } else if (s.length() > MAX_SENTENCE) {
            problems.put("sentence", "The sentence must be " + MAX_SENTENCE + " characters or fewer");
        }
        return s;
    }

    private List<ConditionInput.Checked> check(List<ConditionInput> conditions, String list, Map<String, String> problems) {
        List<ConditionInput.Checked> out = new ArrayList<>();
        if (conditions == null || conditions.isEmpty()) {
            return out;
        }
        List<ConditionCatalogue.Entry> choosable = catalogue.choosable();
        for (int i = 0; i < conditions.size(); i++) {
            ConditionInput c = conditions.get(i);
            String prefix = list + "[" + i + "].";
            if (c == null) {
                problems.put(prefix + "condition", "Select the additional condition");
                continue;
            }
            ConditionInput.Checked checked = c.check(choosable, prefix, problems);
            if (checked != null) {
                out.add(checked);
            }
        }
        return out;
    }

    private long insertCondition(long nominalId, long licenceId, ConditionInput.Checked c, Long variationId, String actor,
                                 Timestamp now) {
        return jdbc.sql("""
                        insert into licence_condition (nominal_id, licence_id, condition_code, parameters, victim_requested,
                            added_by_variation, created_by, created_at)
                        values (?, ?, ?, ?::jsonb, ?, ?, ?, ?) returning id""")
                .params(nominalId, licenceId, c.entry().code(), json(c.parameters()), c.victimRequested(), variationId,
                        actor, now)
                .query(Long.class).single();
    }

    /** Moves the licence on one version from {@code expected}, setting {@code sets} first; stale otherwise. */
    private void bump(String ref, Licence before, Integer expected, String sets, Object... values) {
        if (expected == null || expected != before.version()) {
            throw new StaleLicenceException(ref, before.id(), expected);
        }
        List<Object> params = new ArrayList<>(List.of(values));
        params.addAll(List.of(Actor.currentUser(), Timestamp.from(clock.instant()), before.id(), expected));
        int updated = jdbc.sql("update licence set " + sets + " version = version + 1, updated_by = ?, updated_at = ? "
                + "where id = ? and version = ?").params(params).update();
        if (updated != 1) {
            throw new StaleLicenceException(ref, before.id(), expected);
        }
    }

    private Licence changed(String ref, long nominalId, Licence before) {
        Licence after = licence(nominalId, before.id()).orElseThrow();
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), Actor.currentUser()));
        return after;
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidLicenceException(problems);
        }
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** The record, when the user may change its licences; otherwise the refusal is thrown. */
    private CaseRecords.Viewed editable(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not record licences",
                    "Only the owning area's practitioners and co-ordinators record licences");
        }
        return viewed;
    }

    /** Licences are part of the full history: a shared agency sees the record but not this. */
    private void requireHistory(String ref, CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "Licences are part of the full history, which this user does not see");
        }
    }

    private static Object audited(Licence l) {
        return AuditEvent.details("licence", AuditEvent.details("id", l.id(), "startsOn", l.startsOn().toString(),
                "endsOn", l.endsOn().toString(), "sentence", l.sentence(), "conditions", l.conditions().stream()
                        .map(c -> AuditEvent.details("id", c.id(), "code", c.code(), "parameters", c.parameters(),
                                "victimRequested", c.victimRequested()))
                        .toList()));
    }
}
