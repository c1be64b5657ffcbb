package org.mappahub.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.rules.Disposal;
import org.mappahub.rules.NotificationDeadlines;
import org.mappahub.rules.NotificationPeriod;
import org.mappahub.rules.RuleViolation;

/**
 * A person's notification requirement and the notifications they made, read and changed as the signed-in user:
 * the access policy decides first ({@link CaseRecords}; the requirement is part of the full history, so a
 * duty-to-co-operate agency is refused even on a case shared with it), row-level security underneath. The period
 * is the rules module's ({@link NotificationPeriod}), the next notification due too
 * ({@link NotificationDeadlines#periodicNotificationDue}); today is the injected clock's. Every change is audited
 * in its own transaction, and a change of the requirement made against an out-of-date version is refused.
 */
@Service
public class NotificationRequirements {

    static final int MAX_NOTES = 2000;

    private final CaseRecords records;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotificationRows rows;
    private final NotificationGate gate;
    private final BreachesAndReviews enforcement;

    NotificationRequirements(CaseRecords records, JdbcClient jdbc, AuditTrail audit, Clock clock,
                             NotificationRows rows, BreachesAndReviews enforcement,
                             NotificationGate gate) {
        this.gate = gate;
        this.rows = rows;
        this.enforcement = enforcement;
        this.records = records;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The requirement as recorded: the inputs and what the rules made of them.
     *
     * @param revokedOn the day an indefinite requirement was revoked on review (the first day free of it); null if not
     */
    public record Requirement(LocalDate startsOn, Disposal disposal, Integer lengthMonths, int ageAtConviction,
                              String period, LocalDate endsOn, LocalDate revokedOn, int version) {
        public boolean indefinite() {
            return endsOn == null;
        }

        /** The first day free of the requirement: its end, or the day it was revoked; null while it runs on. */
        public LocalDate freeFrom() {
            return revokedOn != null ? revokedOn : endsOn;
        }
    }

    /** One notification made to the police. */
    public record Notification(long id, NotificationKind kind, LocalDate madeOn, String notes, String recordedBy,
                               int version) {
        public Notification(long id, NotificationKind kind, LocalDate madeOn, String notes, String recordedBy) {
            this(id, kind, madeOn, notes, recordedBy, 0);
        }

    }

    /**
     * The next notification due: its last day in time and how far today is from it.
     *
     * @param days days from today to the last day (negative once overdue)
     */
    public record NextDue(LocalDate due, boolean overdue, long days, LocalDate inCustodySince) {
        public NextDue(LocalDate due, boolean overdue, long days) {
            this(due, overdue, days, null);
        }

        /** In custody when the notification would fall due: due within 3 days of release, a date not yet known. */
        static NextDue onRelease(LocalDate inCustodySince) {
            return new NextDue(null, false, 0, inCustodySince);
        }

        public boolean awaitingRelease() {
            return inCustodySince != null;
        }
    }

    /**
     * Everything the notification section shows.
     *
     * @param requirement null until one is recorded
     * @param nextDue     null without a requirement in force or any notification yet
     * @param mayEdit     whether the user may record notifications and the requirement
     */
    public record Picture(String ref, Requirement requirement, List<Notification> notifications, NextDue nextDue,
                          BreachesAndReviews.Enforcement enforcement, boolean mayEdit, Access access) {
    }

    /** The picture for the signed-in user; the view is audited as a view of the record. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed); // refused before the view is audited
        return picture(ref, records.recordView(viewed));
    }

    /** The picture for a user about to change it (refused unless they may); audited as a view of the record. */
    @Transactional
    public Picture editView(String ref) {
        return picture(ref, records.recordView(editable(ref)));
    }

    /**
     * Records the requirement (or replaces it) from the conviction's disposal, its length and date, and the
     * person's age on that date (from their date of birth).
     *
     * @param expectedVersion the version the user edited; null when they saw no requirement
     * @throws InvalidNotificationException the rules refuse the input (the message names the rule)
     * @throws StaleRequirementException    someone else changed the requirement since
     */
    @Transactional
    public Requirement recordRequirement(String ref, Disposal disposal, Integer lengthMonths, LocalDate convictionDate,
                                         Integer expectedVersion) {
        CaseRecords.Viewed viewed = editable(ref);
        StoredNominal stored = viewed.stored();
        LocalDate dateOfBirth = stored.record().person().dateOfBirth();
        Map<String, String> problems = new LinkedHashMap<>();
        if (disposal == null) {
            problems.put("disposal", "Select the disposal for the offence");
        }
        if (convictionDate == null) {
            problems.put("convictionDate", "Enter the date of conviction or caution");
        } else if (convictionDate.isAfter(LocalDate.now(clock))) {
            problems.put("convictionDate", "The date of conviction or caution must be today or in the past");
        }
        NotificationPeriod period = null;
        if (problems.isEmpty()) {
            try {
                period = NotificationPeriod.forDateOfBirth(disposal, lengthMonths, convictionDate, dateOfBirth);
            } catch (RuleViolation e) {
                problems.put(disposal.needsLength() ? "lengthMonths" : "convictionDate", e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        int age = NotificationPeriod.ageOn(dateOfBirth, convictionDate);
        Integer length = disposal.needsLength() ? lengthMonths : null;
        Optional<Requirement> before = requirement(stored.id());
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        if (before.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleRequirementException(ref, expectedVersion); // it was deleted, or never there
            }
            int inserted = jdbc.sql("""
                            insert into notification_requirement (nominal_id, starts_on, disposal, length_months,
                                age_at_conviction, period, ends_on, version, created_by, created_at, updated_by, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) on conflict (nominal_id) do nothing""")
                    .params(stored.id(), convictionDate, disposal.name(), length, age, period.iso(), period.endsOn(),
                            actor, now, actor, now)
                    .update();
            if (inserted == 0) {
                throw new StaleRequirementException(ref, null); // recorded by someone else meanwhile
            }
        } else {
            if (expectedVersion == null || before.get().version() != expectedVersion) {
                throw new StaleRequirementException(ref, expectedVersion);
            }
            int updated = jdbc.sql("""
                            update notification_requirement set starts_on = ?, disposal = ?, length_months = ?,
                                age_at_conviction = ?, period = ?, ends_on = ?, version = version + 1, updated_by = ?,
                                updated_at = ?
                            where nominal_id = ? and version = ?""")
                    .params(convictionDate, disposal.name(), length, age, period.iso(), period.endsOn(), actor, now,
                            stored.id(), expectedVersion)
                    .update();
            if (updated != 1) {
                throw new StaleRequirementException(ref, expectedVersion);
            }
        }
        Requirement after = requirement(stored.id()).orElseThrow();
        audit.record(before.isEmpty()
                ? AuditEvent.created(ref, audited(after), actor)
                : AuditEvent.changed(ref, audited(before.get()), audited(after), actor));
        return after;
    }

    /**
     * Records a notification the person made.
     *
     * @throws InvalidNotificationException no kind, no date, a date in the future or before the requirement began
     */
    @Transactional
    public Notification recordNotification(String ref, NotificationKind kind, LocalDate madeOn, String notes) {
        CaseRecords.Viewed viewed = editable(ref);
        long nominalId = viewed.stored().id();
        String trimmed = checked(nominalId, kind, madeOn, notes);
        String actor = Actor.currentUser();
        long id = jdbc.sql("""
                        insert into notification (nominal_id, kind, made_on, notes, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(nominalId, kind.name(), madeOn, trimmed, actor, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Notification made = new Notification(id, kind, madeOn, trimmed, actor);
        audit.record(AuditEvent.created(ref, AuditEvent.details("notification", AuditEvent.details(
                "id", id, "kind", kind.name(), "madeOn", madeOn.toString(), "notes", trimmed)), actor));
        return made;
    }

    /**
     * Corrects a notification recorded with a mistake (its kind, date or notes); the earlier values stay in the audit
     * trail. Checked as a new one is.
     *
     * @throws InvalidNotificationException as {@link #recordNotification}
     * @throws StaleNotificationException   someone else corrected it since {@code expectedVersion}, or it is not there
     */
    @Transactional
    public Notification correctNotification(String ref, long id, int expectedVersion, NotificationKind kind,
                                            LocalDate madeOn, String notes) {
        CaseRecords.Viewed viewed = editable(ref);
        long nominalId = viewed.stored().id();
        Notification before = notifications(nominalId).stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new NotificationNotFoundException(ref, id));
        String trimmed = checked(nominalId, kind, madeOn, notes);
        String actor = Actor.currentUser();
        int updated = jdbc.sql("""
                        update notification set kind = ?, made_on = ?, notes = ?, version = version + 1, updated_by = ?,
                            updated_at = ?
                        where id = ? and nominal_id = ? and version = ?""")
                .params(kind.name(), madeOn, trimmed, actor, Timestamp.from(clock.instant()), id, nominalId,
                        expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleNotificationException(ref, id, expectedVersion);
        }
        Notification after = new Notification(id, kind, madeOn, trimmed, before.recordedBy(), before.version() + 1);
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), actor));
        return after;
    }

    /** The one notification of the record, for the correction page; audited as a view of the record. */
    @Transactional
    public Notification notificationToCorrect(String ref, long id) {
        CaseRecords.Viewed viewed = records.recordView(editable(ref));
        return notifications(viewed.stored().id()).stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new NotificationNotFoundException(ref, id));
    }

    /** The checks of a notification as recorded or corrected; returns the notes trimmed (null when blank). */
    private String checked(long nominalId, NotificationKind kind, LocalDate madeOn, String notes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select what the notification was for");
        }
        if (madeOn == null) {
            problems.put("madeOn", "Enter the date the notification was made");
        } else if (madeOn.isAfter(LocalDate.now(clock))) {
            problems.put("madeOn", "The date the notification was made must be today or in the past");
        } else {
            requirement(nominalId).filter(r -> madeOn.isBefore(r.startsOn())).ifPresent(r ->
                    problems.put("madeOn", "The date the notification was made must be on or after the requirement began"));
        }
        String trimmed = notes == null || notes.isBlank() ? null : notes.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTES) {
            problems.put("notes", "Notes must be " + MAX_NOTES + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        return trimmed;
    }

    private static Object audited(Notification n) {
        return AuditEvent.details("notification", AuditEvent.details("id", n.id(), "kind", n.kind().name(),
                "madeOn", n.madeOn().toString(), "notes", n.notes(), "version", n.version()));
    }

    /**
     * The next notification due on {@code today}: the periodic one, a year after the last notification of any kind
     * (SOA 2003 s.85, {@link NotificationDeadlines#periodicNotificationDue}); with no notification yet, the initial
     * one ({@link NotificationDeadlines#initialNotificationDue}) from the start of the requirement. Time in custody does
     * not count (ss.83(6), 85(3)): a closed custody span moves the deadline to 3 days after release, and while the
     * person is in custody on the day the deadline would fall, it is due on release, a date not yet known. None once
     * the requirement has ended or was revoked, nor when it would no longer apply on the day, nor without a requirement.
     */
    static NextDue nextDue(Requirement requirement, List<Notification> notifications,
                           List<NominalRecord.CustodySpan> custody, LocalDate today) {
        if (requirement == null) {
            return null;
        }
        return nextDue(requirement.startsOn(), requirement.freeFrom(),
                notifications.stream().map(Notification::madeOn).max(Comparator.naturalOrder()).orElse(null), custody,
                today);
    }

    /**
     * The same from the dates alone (the work list's set-based query): the start, the first day free of it (or null),
     * the last notification (or null) and the person's custody spans.
     */
    static NextDue nextDue(LocalDate startsOn, LocalDate free, LocalDate lastMade, List<NominalRecord.CustodySpan> custody,
                           LocalDate today) {
        List<NotificationDeadlines.Absence> away = custody.stream()
                .filter(c -> c.to() != null && c.to().isAfter(c.from()))
                .map(c -> new NotificationDeadlines.Absence(c.from(), c.to())).toList();
        LocalDate due = lastMade != null ? NotificationDeadlines.periodicNotificationDue(lastMade, away)
                : NotificationDeadlines.initialNotificationDue(startsOn, away);
        // Nothing is due once the person is free of the requirement, nor what would fall due after that day.
        if (free != null && (!due.isBefore(free) || !today.isBefore(free))) {
            return null;
        }
        Optional<NominalRecord.CustodySpan> inside = custody.stream()
                .filter(c -> c.to() == null && !c.from().isAfter(today) && !c.from().isAfter(due)).findFirst();
        if (inside.isPresent()) {
            return NextDue.onRelease(inside.get().from());
        }
        return new NextDue(due, NotificationDeadlines.isOverdue(due, today), ChronoUnit.DAYS.between(today, due));
    }

    /** The picture of a record the caller has already read and audited (the record page's outlook). */
    @Transactional(readOnly = true)
    Picture pictureOf(CaseRecords.Viewed viewed) {
        return picture(viewed.stored().record().ref(), viewed);
    }

    private Picture picture(String ref, CaseRecords.Viewed viewed) {
        long nominalId = viewed.stored().id();
        Requirement requirement = requirement(nominalId).orElse(null);
        List<Notification> notifications = notifications(nominalId);
        return new Picture(ref, requirement, notifications, nextDue(requirement, notifications,
                viewed.stored().record().custody(), LocalDate.now(clock)),
                enforcement.of(viewed.stored(), requirement, notifications),
                viewed.access().mayEdit(), viewed.access());
    }

    private Optional<Requirement> requirement(long nominalId) {
        return rows.requirement(nominalId);
    }

    private List<Notification> notifications(long nominalId) {
        return rows.notifications(nominalId);
    }

    private CaseRecords.Viewed editable(String ref) {
        return gate.editable(ref, "may not record notifications",
                "Only the owning area's practitioners and co-ordinators record notifications");
    }

    private void requireHistory(String ref, CaseRecords.Viewed viewed) {
        gate.requireHistory(ref, viewed);
    }

    private static Object audited(Requirement r) {
        return AuditEvent.details("notificationRequirement", AuditEvent.details("startsOn", r.startsOn().toString(),
                "disposal", r.disposal().name(), "lengthMonths", r.lengthMonths(), "ageAtConviction", r.ageAtConviction(),
                "period", r.period(), "endsOn", r.endsOn() == null ? null : r.endsOn().toString()));
    }
}
