package org.mappahub.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Actor;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.notification.NotificationRequirements.Notification;
import org.mappahub.notification.NotificationRequirements.Requirement;
import org.mappahub.rules.NotificationDeadlines;
import org.mappahub.rules.NotificationReview;
import org.mappahub.rules.NotificationReview.Rank;
import org.mappahub.rules.Refusal;

/**
 * Breaches of the notification requirements and applications for review of indefinite ones (SOA 2003 s.91 and
 * ss.91A-91F; MAPPA.md §5.2). Breaches and review decisions are events of the person's record in its MCIF/1 shape
 * ({@code NOTIFICATION_BREACH}, {@code NOTIFICATION_REVOKED}, {@code NOTIFICATION_REVIEW_REFUSED}), written through
 * {@link NominalChanges#amend}, so that exports and the annual statistics count exactly what users recorded; the
 * application itself, who decided it, at what rank and why live in {@code notification_review}. Access as the rest
 * of the notification record ({@link NotificationGate}).
 */
@Service
public class BreachesAndReviews {

    static final int MAX_NAME = 200;
    static final int MAX_REASONS = 4000;

    private final NotificationGate gate;
    private final NotificationRows rows;
    private final NominalChanges changes;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    BreachesAndReviews(NotificationGate gate, NotificationRows rows, NominalChanges changes, JdbcClient jdbc,
                       AuditTrail audit, Clock clock) {
        this.gate = gate;
        this.rows = rows;
        this.changes = changes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a breach was dealt with (MCIF/1 {@code NOTIFICATION_BREACH.outcome}). */
    public enum BreachOutcome {
        CAUTIONED, CONVICTED, NO_FURTHER_ACTION, PENDING;

        Outcome recorded() {
            return Outcome.valueOf(name());
        }
    }

    /** What the police decided on an application for review. */
    public enum Decision {
        /** The person is no longer subject to the indefinite requirements. */
        REVOKED,
        /** The requirements continue (MCIF/1: the review was refused). */
        CONTINUED
    }

    /**
     * A breach as recorded on the person's record.
     *
     * @param position its place among the record's events (with the record's version, what a change names)
     * @param date     the date of the caution or conviction, or of the breach while the outcome is pending
     */
    public record Breach(int position, LocalDate date, BreachOutcome outcome) {
    }

    /**
     * An application for review and its decision (null fields while pending). One that came with an import has
     * no id: only its decision and date are known.
     */
    public record Review(Long id, LocalDate appliedOn, LocalDate qualifyingDate, Decision decision, LocalDate decidedOn,
                         String decidedBy, Rank rank, String reasons, int version) {
        public boolean pending() {
            return decision == null;
        }

        public boolean imported() {
            return id == null;
        }
    }

    /**
     * Breaches, reviews, and when the person may next apply.
     *
     * @param qualifyingDate the first day an application may be made (null when the requirement is not
     *                       indefinite or the date cannot be known yet)
     * @param recordVersion  the version of the person's record the breaches were read from
     */
    public record Enforcement(List<Breach> breaches, List<Review> reviews, LocalDate qualifyingDate, int recordVersion) {
        public boolean reviewPending() {
            return reviews.stream().anyMatch(Review::pending);
        }
    }

    /** What the notification page shows, for a record already read by a user who sees its full history. */
    Enforcement of(StoredNominal stored, Requirement requirement, List<Notification> notifications) {
        List<NominalEvent> events = stored.record().events();
        List<Breach> breaches = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            NominalEvent e = events.get(i);
            if (e.type() == EventType.NOTIFICATION_BREACH) {
                breaches.add(new Breach(i, e.date(), BreachOutcome.valueOf(e.outcome().name())));
            }
        }
        breaches.sort(Comparator.comparing(Breach::date).reversed());
        List<Review> reviews = reviews(stored);
        return new Enforcement(breaches, reviews, qualifyingDate(stored.record(), requirement, notifications, reviews),
                stored.version());
    }

    /**
     * Records a breach on the person's record.
     *
     * @param recordVersion the version of the record the user saw
     * @throws InvalidNotificationException            a missing outcome or date, or a date in the future
     * @throws org.mappahub.nominal.StaleNominalException someone changed the record since
     */
    @Transactional
    public int recordBreach(String ref, int recordVersion, BreachOutcome outcome, LocalDate date) {
        gate.editable(ref, "may not record breaches", "Only the owning area's practitioners and co-ordinators record breaches");
        checkBreach(outcome, date);
        NominalEvent breach = new NominalEvent(EventType.NOTIFICATION_BREACH, date, outcome.recorded(), null, null,
                null, null, null);
        return changes.amend(ref, recordVersion, r -> withEvents(r, append(r.events(), breach)),
                BreachesAndReviews::auditedBreaches, Actor.currentUser());
    }

    /**
     * Changes the outcome of a breach (a pending one decided, say): its date becomes the outcome's.
     *
     * @param position the breach's place among the record's events, as read at {@code recordVersion}
     */
    @Transactional
    public int changeBreach(String ref, int recordVersion, int position, BreachOutcome outcome, LocalDate date) {
        CaseRecords.Viewed viewed = gate.editable(ref, "may not record breaches",
                "Only the owning area's practitioners and co-ordinators record breaches");
        checkBreach(outcome, date);
        List<NominalEvent> events = viewed.stored().record().events();
        if (viewed.stored().version() == recordVersion
                && (position < 0 || position >= events.size() || events.get(position).type() != EventType.NOTIFICATION_BREACH)) {
            throw new InvalidNotificationException(Map.of("breach", "There is no such breach on this record"));
        }
        NominalEvent changed = new NominalEvent(EventType.NOTIFICATION_BREACH, date, outcome.recorded(), null, null,
                null, null, null);
        return changes.amend(ref, recordVersion, r -> {
            List<NominalEvent> replaced = new ArrayList<>(r.events());
            replaced.set(position, changed);
            return withEvents(r, replaced);
        }, BreachesAndReviews::auditedBreaches, Actor.currentUser());
    }

    /**
     * Records an application for review of the indefinite requirements, refused unless the person qualifies on
     * the day (the rules module's {@link NotificationReview#checkApplication}).
     */
    @Transactional
    public Review recordApplication(String ref, LocalDate appliedOn) {
        CaseRecords.Viewed viewed = gate.editable(ref, "may not record applications for review",
                "Only the owning area's practitioners and co-ordinators record applications for review");
        StoredNominal stored = viewed.stored();
        Map<String, String> problems = new LinkedHashMap<>();
        if (appliedOn == null) {
            problems.put("appliedOn", "Enter the date the application was made");
        } else if (appliedOn.isAfter(LocalDate.now(clock))) {
            problems.put("appliedOn", "The date the application was made must be today or in the past");
        }
        Optional<Requirement> requirement = rows.requirement(stored.id());
        if (requirement.isEmpty()) {
            problems.put("appliedOn", "Record the notification requirement before an application for review");
        } else if (requirement.get().revokedOn() != null) {
            problems.put("appliedOn", "The requirement was revoked on review on " + requirement.get().revokedOn());
        }
        List<Review> reviews = reviews(stored);
        if (reviews.stream().anyMatch(Review::pending)) {
            problems.put("appliedOn", "An application is already waiting for a decision");
        }
        LocalDate qualifying = null;
        if (problems.isEmpty()) {
            qualifying = qualifyingDate(stored.record(), requirement.get(), rows.notifications(stored.id()), reviews);
            List<Refusal> refused = NotificationReview.checkApplication(requirement.get().indefinite(), appliedOn,
                    qualifying, underPreventionOrder(stored.record(), appliedOn));
            if (!refused.isEmpty()) {
                problems.put("appliedOn", String.join(". ", refused.stream().map(Refusal::message).toList()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into notification_review (nominal_id, applied_on, qualifying_date, created_by, created_at,
                            updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(stored.id(), appliedOn, qualifying, actor, now, actor, now)
                .query(Long.class).single();
        Review made = review(stored.id(), id).orElseThrow();
        audit.record(AuditEvent.created(ref, audited(made), actor));
        return made;
    }

    /**
     * Records the decision on a pending application: on the review, and as an event of the person's record; a
     * revocation also ends the requirement on the day of the decision.
     *
     * @param version the version of the review the user saw
     * @throws InvalidNotificationException a missing field, a date before the application or in the future, or a
     *                                      rank below superintendent (the rule is named)
     * @throws StaleRequirementException    the review was changed since
     */
    @Transactional
    public Review recordDecision(String ref, long reviewId, int version, Decision decision, LocalDate decidedOn,
                                 String decidedBy, Rank rank, String reasons) {
        CaseRecords.Viewed viewed = gate.editable(ref, "may not record review decisions",
                "Only the owning area's practitioners and co-ordinators record review decisions");
        StoredNominal stored = viewed.stored();
        Review before = review(stored.id(), reviewId)
                .orElseThrow(() -> new InvalidNotificationException(Map.of("review", "There is no such application")));
        if (before.version() != version || !before.pending()) {
            throw new StaleRequirementException(ref, version);
        }
        String name = decidedBy == null || decidedBy.isBlank() ? null : decidedBy.strip();
        String why = reasons == null || reasons.isBlank() ? null : reasons.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (decision == null) {
            problems.put("decision", "Select the decision");
        }
        if (decidedOn == null) {
            problems.put("decidedOn", "Enter the date of the decision");
        } else if (decidedOn.isAfter(LocalDate.now(clock))) {
            problems.put("decidedOn", "The date of the decision must be today or in the past");
        } else if (decidedOn.isBefore(before.appliedOn())) {
            problems.put("decidedOn", "The date of the decision must be on or after the application ("
                    + before.appliedOn() + ")");
        }
        if (name == null) {
            problems.put("decidedBy", "Enter the name of the officer who decided");
        } else if (name.length() > MAX_NAME) {
            problems.put("decidedBy", "The officer's name must be " + MAX_NAME + " characters or fewer");
        }
        if (rank == null) {
            problems.put("rank", "Select the rank of the officer who decided");
        } else {
            NotificationReview.checkDecidingRank(rank).ifPresent(r -> problems.put("rank", r.message()));
        }
        if (why != null && why.length() > MAX_REASONS) {
            problems.put("reasons", "Reasons must be " + MAX_REASONS + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        update notification_review set decision = ?, decided_on = ?, decided_by = ?, decided_by_rank = ?,
                            reasons = ?, version = version + 1, updated_by = ?, updated_at = ?
                        where id = ? and nominal_id = ? and version = ? and decision is null""")
                .params(decision.name(), decidedOn, name, rank.name(), why, actor, now, reviewId, stored.id(), version)
                .update();
        if (updated != 1) {
            throw new StaleRequirementException(ref, version);
        }
        if (decision == Decision.REVOKED) {
            revoke(ref, stored.id(), decidedOn, actor, now);
        }
        NominalEvent event = new NominalEvent(decision == Decision.REVOKED ? EventType.NOTIFICATION_REVOKED
                : EventType.NOTIFICATION_REVIEW_REFUSED, decidedOn, null, null, null, null, null, null);
        changes.amend(ref, stored.version(), r -> withEvents(r, append(r.events(), event)),
                BreachesAndReviews::auditedDecisions, actor);
        Review after = review(stored.id(), reviewId).orElseThrow();
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), actor));
        return after;
    }

    /** Ends the requirement on the day of the decision, against the version read, audited before and after. */
    private void revoke(String ref, long nominalId, LocalDate on, String actor, Timestamp now) {
        Requirement before = rows.requirement(nominalId).orElseThrow(() -> new StaleRequirementException(ref, null));
        int updated = jdbc.sql("""
                        update notification_requirement set revoked_on = ?, version = version + 1, updated_by = ?,
                            updated_at = ?
                        where nominal_id = ? and version = ?""")
                .params(on, actor, now, nominalId, before.version())
                .update();
        if (updated != 1) {
            throw new StaleRequirementException(ref, before.version());
        }
        audit.record(AuditEvent.changed(ref, AuditEvent.details("notificationRequirement", AuditEvent.details(
                "revokedOn", null)), AuditEvent.details("notificationRequirement", AuditEvent.details(
                "revokedOn", on.toString())), actor));
    }

    /**
     * The first day an application may be made: 15 years (8 if under 18 at conviction) from the first notification
     * after release from custody for the offence, or 8 years from the latest decision that the requirements
     * continue, whichever is later (s.91B). Custody for the offence is the first custody span for a sentence or a
     * hospital order beginning on or after the requirement's start; with none, the relevant notification is the
     * first one made. Null for a fixed period, while still in that custody, or before any such notification.
     */
    static LocalDate qualifyingDate(NominalRecord record, Requirement requirement, List<Notification> notifications,
                                    List<Review> reviews) {
        if (requirement == null || !requirement.indefinite()) {
            return null;
        }
        Optional<NominalRecord.CustodySpan> custody = record.custody().stream()
                .filter(s -> s.reason() == NominalRecord.CustodyReason.SENTENCE
                        || s.reason() == NominalRecord.CustodyReason.HOSPITAL_ORDER)
                .filter(s -> !s.from().isBefore(requirement.startsOn()))
                .min(Comparator.comparing(NominalRecord.CustodySpan::from));
        if (custody.isPresent() && custody.get().to() == null) {
            return null;
        }
        LocalDate releasedOn = custody.map(NominalRecord.CustodySpan::to).orElse(requirement.startsOn());
        Optional<LocalDate> relevant = notifications.stream().map(Notification::madeOn)
                .filter(d -> !d.isBefore(releasedOn)).min(Comparator.naturalOrder());
        if (relevant.isEmpty()) {
            return null;
        }
        LocalDate first = NotificationDeadlines.firstReviewEligibleOn(relevant.get(), requirement.ageAtConviction());
        return reviews.stream().filter(r -> r.decision() == Decision.CONTINUED).map(Review::decidedOn)
                .max(Comparator.naturalOrder()).map(NotificationDeadlines::reviewEligibleAgainOn)
                .filter(again -> again.isAfter(first)).orElse(first);
    }

    /** An SHPO, a SOPO or an interim one in force on the day disqualifies an application (s.91A(2)(b)). */
    static boolean underPreventionOrder(NominalRecord record, LocalDate day) {
        return record.orders().stream()
                .filter(o -> o.type() == NominalRecord.OrderType.SHPO || o.type() == NominalRecord.OrderType.SOPO)
                .anyMatch(o -> o.from() != null && !day.isBefore(o.from()) && (o.to() == null || day.isBefore(o.to()))
                        || o.interim() != null && !day.isBefore(o.interim()) && o.granted() == null && o.refused() == null);
    }

    /** The reviews kept here, then decisions that came with an import and have no application here. */
    private List<Review> reviews(StoredNominal stored) {
        List<Review> kept = jdbc.sql("""
                        select id, applied_on, qualifying_date, decision, decided_on, decided_by, decided_by_rank, reasons,
                            version
                        from notification_review where nominal_id = ? order by applied_on desc, id desc""")
                .param(stored.id())
                .query((rs, n) -> review(rs))
                .list();
        List<Review> all = new ArrayList<>(kept);
        for (NominalEvent e : stored.record().events()) {
            Decision d = e.type() == EventType.NOTIFICATION_REVOKED ? Decision.REVOKED
                    : e.type() == EventType.NOTIFICATION_REVIEW_REFUSED ? Decision.CONTINUED : null;
            if (d != null && kept.stream().noneMatch(r -> r.decision() == d && e.date().equals(r.decidedOn()))) {
                all.add(new Review(null, null, null, d, e.date(), null, null, null, 0));
            }
        }
        return all;
    }

    private Optional<Review> review(long nominalId, long id) {
        return jdbc.sql("""
                        select id, applied_on, qualifying_date, decision, decided_on, decided_by, decided_by_rank, reasons,
                            version
                        from notification_review where nominal_id = ? and id = ?""")
                .params(nominalId, id)
                .query((rs, n) -> review(rs))
                .optional();
    }

    private static Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
        String decision = rs.getString("decision");
        String rank = rs.getString("decided_by_rank");
        return new Review(rs.getLong("id"), rs.getObject("applied_on", LocalDate.class),
                rs.getObject("qualifying_date", LocalDate.class), decision == null ? null : Decision.valueOf(decision),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                rank == null ? null : Rank.valueOf(rank), rs.getString("reasons"), rs.getInt("version"));
    }

    private void checkBreach(BreachOutcome outcome, LocalDate date) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", "Select how the breach was dealt with");
        }
        if (date == null) {
            problems.put("breachDate", "Enter the date of the caution or conviction, or of the breach if the outcome is pending");
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.put("breachDate", "The date must be today or in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
    }

    private static List<NominalEvent> append(List<NominalEvent> events, NominalEvent event) {
        List<NominalEvent> all = new ArrayList<>(events);
        all.add(event);
        return all;
    }

    private static NominalRecord withEvents(NominalRecord r, List<NominalEvent> events) {
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                r.convictions(), r.categories(), r.levels(), r.custody(), r.orders(), events);
    }

    private static Object auditedBreaches(NominalRecord r) {
        return AuditEvent.details("notificationBreaches", r.events().stream()
                .filter(e -> e.type() == EventType.NOTIFICATION_BREACH)
                .map(e -> AuditEvent.details("date", e.date().toString(), "outcome", e.outcome().name()))
                .toList());
    }

    private static Object auditedDecisions(NominalRecord r) {
        return AuditEvent.details("notificationReviewDecisions", r.events().stream()
                .filter(e -> e.type() == EventType.NOTIFICATION_REVOKED || e.type() == EventType.NOTIFICATION_REVIEW_REFUSED)
                .map(e -> AuditEvent.details("date", e.date().toString(), "type", e.type().name()))
                .toList());
    }

    private static Object audited(Review r) {
        return AuditEvent.details("notificationReview", AuditEvent.details("id", r.id(),
                "appliedOn", String.valueOf(r.appliedOn()), "qualifyingDate", String.valueOf(r.qualifyingDate()),
                "decision", r.decision() == null ? null : r.decision().name(),
                "decidedOn", r.decidedOn() == null ? null : r.decidedOn().toString(), "decidedBy", r.decidedBy(),
                "rank", r.rank() == null ? null : r.rank().name(), "reasons", r.reasons()));
    }
}
