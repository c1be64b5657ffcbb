package org.mappahub.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something to write to the audit trail. {@code actor} null means the signed-in user of the current request
 * ({@link org.mappahub.access.Actor#currentUser()}); {@code details} is serialised as JSON (a map keeps its
 * order); {@code reason} is why the user says they looked, when they were asked.
 */
public record AuditEvent(AuditAction action, String subject, Object details, String reason, String actor) {

    public AuditEvent {
        if (action == null) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
    }

    /** The signed-in user viewed the record {@code ref}. */
    public static AuditEvent viewed(String ref) {
        return new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, null);
    }

    /** The signed-in user searched for {@code terms} (and asked for page {@code page}). */
    public static AuditEvent searched(String terms, int page) {
        return new AuditEvent(AuditAction.SEARCH, null, details("terms", terms, "page", page), null, null);
    }

    /** {@code actor} created the record {@code ref} with this identity. */
    public static AuditEvent created(String ref, Object after, String actor) {
        return new AuditEvent(AuditAction.CREATE, ref, details("after", after), null, actor);
    }

    /** {@code actor} changed the record {@code ref} from {@code before} to {@code after}. */
    public static AuditEvent changed(String ref, Object before, Object after, String actor) {
        return new AuditEvent(AuditAction.CHANGE, ref, details("before", before, "after", after), null, actor);
    }

    /** The operator ran an import ({@code command}, the command line), with this outcome. */
    public static AuditEvent imported(String source, Object outcome, String operator) {
        return new AuditEvent(AuditAction.IMPORT, source, details("outcome", outcome), null, operator);
    }

    /** The operator exported the records of {@code area} (null: every area). */
    public static AuditEvent exported(String area, String operator) {
        return new AuditEvent(AuditAction.EXPORT, area, null, null, operator);
    }

    /**
     * {@code actor} produced the annual statistics of {@code area} ({@code NATIONAL}: England and Wales) for {@code year}
     * in {@code format}: aggregate figures, protectively marked OFFICIAL.
     */
    public static AuditEvent statisticsProduced(String area, int year, String format, String actor) {
        return new AuditEvent(AuditAction.STATISTICS_PRODUCED, "statistics:" + area + ":" + year,
                details("area", area, "year", year, "format", format, "marking", "OFFICIAL"), null, actor);
    }

    /** The same event with the actor named (an operator's command, a sign-in attempt). */
    public AuditEvent by(String who) {
        return new AuditEvent(action, subject, details, reason, who);
    }

    /** The same event with the reason the user gave. */
    public AuditEvent because(String why) {
        return new AuditEvent(action, subject, details, why, actor);
    }

    /** Ordered details from key, value pairs (null values kept, as JSON null). */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }
}
