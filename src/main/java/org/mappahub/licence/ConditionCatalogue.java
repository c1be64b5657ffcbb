package org.mappahub.licence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Actor;
import org.mappahub.access.Administrator;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;

/**
 * The maintained catalogue of additional licence conditions (seeded by V10 with those of MAPPA.md §5.4). System
 * administrators add entries and retire them, without a code change; an entry is never deleted, because licences
 * refer to it: a retired one is no longer offered for a new condition but still shows on the licences that have it.
 * Not case data: no row-level security, but only an administrator changes it, and every change is audited.
 */
@Service
public class ConditionCatalogue {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,59}$");
    static final int MAX_WORDING = 1000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ConditionCatalogue(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One kind of additional condition: its wording with a placeholder for each parameter it takes. */
    public record Entry(String code, String wording, List<ConditionParameter> parameters, boolean retired) {

        /** The wording with the parameters' values in place of their placeholders. */
        public String words(Map<ConditionParameter, String> values) {
            String out = wording;
            for (ConditionParameter p : parameters) {
                out = out.replace(p.placeholder(), values.getOrDefault(p, p.placeholder()));
            }
            return out;
        }
    }

    /** Every entry, the ones still offered first, each group by code. */
    @Transactional(readOnly = true)
    public List<Entry> all() {
        return jdbc.sql("select code, wording, parameters, retired_at is not null as retired from licence_condition_type "
                        + "order by retired_at is not null, code")
                .query((rs, n) -> new Entry(rs.getString("code"), rs.getString("wording"), parameters(rs.getArray("parameters")),
                        rs.getBoolean("retired")))
                .list();
    }

    /** The entries that may be chosen for a new condition. */
    @Transactional(readOnly = true)
    public List<Entry> choosable() {
        return all().stream().filter(e -> !e.retired()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entry(String code) {
        return all().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * Adds an entry. The wording must name each declared parameter as its placeholder and no other.
     *
     * @throws InvalidLicenceException field by field (code, wording, parameters); nothing was written
     */
    @Administrator
    @Transactional
    public Entry add(String code, String wording, List<ConditionParameter> parameters) {
        Map<String, String> problems = new LinkedHashMap<>();
        String c = code == null ? "" : code.strip();
        String w = wording == null ? "" : wording.strip();
        List<ConditionParameter> declared = parameters == null ? List.of() : parameters.stream().distinct().toList();
        if (c.isEmpty()) {
            problems.put("code", "Enter a code for the condition, for example NO_CONTACT_NAMED_PERSON");
        } else if (!CODE.matcher(c).matches()) {
            problems.put("code", "The code must be 2 to 60 capital letters, digits and underscores, starting with a letter");
        } else if (jdbc.sql("select count(*) from licence_condition_type where code = ?").param(c).query(Long.class).single() > 0) {
            problems.put("code", "There is already a condition with the code " + c + " (codes are never reused, even once retired)");
        }
        if (w.isEmpty()) {
            problems.put("wording", "Enter the wording of the condition");
        } else if (w.length() > MAX_WORDING) {
            problems.put("wording", "The wording must be " + MAX_WORDING + " characters or fewer");
        } else {
            List<String> named = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(w);
            while (m.find()) {
                named.add(m.group(1));
            }
            List<String> undeclared = named.stream().filter(n -> declared.stream().noneMatch(p -> p.name().equals(n)))
                    .distinct().toList();
            List<String> unused = declared.stream().filter(p -> !named.contains(p.name())).map(ConditionParameter::placeholder).toList();
            if (!undeclared.isEmpty()) {
                problems.put("wording", "The wording names " + undeclared.stream().map(n -> "{" + n + "}").toList()
                        + " but the condition does not take " + (undeclared.size() == 1 ? "that parameter" : "those parameters")
                        + ": tick it below or take it out of the wording");
            } else if (!unused.isEmpty()) {
                problems.put("parameters", "The wording must show where each parameter goes: add " + unused
                        + " to the wording, or untick " + (unused.size() == 1 ? "it" : "them"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidLicenceException(problems);
        }
        String actor = Actor.currentUser();
        jdbc.sql("""
                        insert into licence_condition_type (code, wording, parameters, created_by, created_at)
                        values (?, ?, ?::text[], ?, ?)""")
                .params(c, w, "{" + String.join(",", declared.stream().map(Enum::name).toList()) + "}", actor,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEvent(AuditAction.CREATE, subject(c), AuditEvent.details("after", AuditEvent.details(
                "code", c, "wording", w, "parameters", declared.stream().map(Enum::name).toList())), null, actor));
        return new Entry(c, w, declared, false);
    }

    /**
     * Retires an entry: no longer offered for new conditions; licences that have it keep it. Retiring a retired
     * entry changes nothing.
     *
     * @return whether the entry was in use and is now retired
     * @throws InvalidLicenceException no such entry (field "code")
     */
    @Administrator
    @Transactional
    public boolean retire(String code) {
        Entry entry = entry(code == null ? "" : code.strip()).orElseThrow(() -> new InvalidLicenceException(
                Map.of("code", "There is no condition with the code " + code + " in the catalogue")));
        if (entry.retired()) {
            return false;
        }
        String actor = Actor.currentUser();
        int retired = jdbc.sql("update licence_condition_type set retired_by = ?, retired_at = ? where code = ? and retired_at is null")
                .params(actor, Timestamp.from(clock.instant()), entry.code()).update();
        if (retired == 0) {
            return false; // someone else retired it meanwhile: theirs is the change the audit records
        }
        audit.record(new AuditEvent(AuditAction.CHANGE, subject(entry.code()), AuditEvent.details(
                "before", AuditEvent.details("retired", false), "after", AuditEvent.details("retired", true)), null, actor));
        return true;
    }

    /** The audit subject of a catalogue entry (not a case reference). */
    static String subject(String code) {
        return "licence-condition:" + code;
    }

    private static List<ConditionParameter> parameters(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(ConditionParameter::valueOf).toList();
    }
}
