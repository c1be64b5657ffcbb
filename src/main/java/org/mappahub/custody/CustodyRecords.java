package org.mappahub.custody;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.CustodyRules;
import org.mappahub.rules.Refusal;

/**
 * A person's custody and release, read and changed as the signed-in user: the access policy decides first
 * ({@link CaseRecords}; custody is part of the full history), row-level security underneath. The spans live in the
 * MCIF/1 record and change through {@link NominalChanges#amend} (one versioned, audited replacement of the record,
 * refused when stale), checked by {@link CustodyRules} as the importer checks them. The expected release date is
 * this module's ({@code expected_release}), tied to the open span by its first day; the milestones are
 * {@link PreRelease}'s from the owning area's policy.
 */
@Service
public class CustodyRecords {

    private static final String PART = "custody record";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CaseRecords records;
    private final NominalChanges changes;
    private final AreaPolicies policies;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseAccess caseAccess;

    CustodyRecords(CaseRecords records, NominalChanges changes, AreaPolicies policies, JdbcClient jdbc, AuditTrail audit,
                   Clock clock, CaseAccess caseAccess) {
        this.records = records;
        this.changes = changes;
        this.policies = policies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.caseAccess = caseAccess;
    }

    /** A span as a user enters it: {@code to} (the first day out of custody) is null while it lasts. */
    public record SpanInput(CustodyKind kind, CustodyReason reason, OrderType order, LocalDate from, LocalDate to) {
    }

    /** The expected release date as stored: for the open span that began on {@code custodyFrom}. */
    public record ExpectedRelease(LocalDate custodyFrom, LocalDate expectedOn, int version) {
    }

    /**
     * Everything the custody section shows.
     *
     * @param version        the record's version (a span change names it)
     * @param spans          sorted by {@code from}; a change names a span by its position here
     * @param current        the open span, or null when the person is not in custody
     * @param release        the expected release of the current span, or null
     * @param releaseVersion the version of the stored expected release row (null: none), which a change names
     * @param milestones     empty without a current span and an expected release
     */
    public record Picture(String ref, int version, List<CustodySpan> spans, CustodySpan current, LocalDate release,
                          Integer releaseVersion, List<PreRelease.Milestone> milestones, boolean mayEdit, Access access) {
    }

    /** The picture for the signed-in user; the view is audited as a view of the record. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed); // refused before the view is audited
        return picture(records.recordView(viewed), LocalDate.now(clock));
    }

    /** The picture of a record already read and audited (the record page's panels). */
    @Transactional(readOnly = true)
    public Picture picture(CaseRecords.Viewed viewed, LocalDate today) {
        NominalRecord r = viewed.stored().record();
        List<CustodySpan> spans = sorted(r.custody());
        CustodySpan current = spans.stream().filter(CustodySpan::isOpen).findFirst().orElse(null);
        Optional<ExpectedRelease> stored = expectedRelease(viewed.stored().id());
        LocalDate release = current == null ? null : stored.filter(e -> e.custodyFrom().equals(current.from()))
                .map(ExpectedRelease::expectedOn).orElse(null);
        List<PreRelease.Milestone> milestones = release == null ? List.of()
                : PreRelease.milestones(r, current, release, policies.settingsFor(r.area()), today);
        return new Picture(r.ref(), viewed.stored().version(), spans, current, release,
                stored.map(ExpectedRelease::version).orElse(null), milestones, viewed.access().mayEdit(), viewed.access());
    }

    /**
     * Adds a custody span.
     *
     * @throws InvalidCustodyException the span is refused (each problem names its field and the rule)
     * @throws StaleCustodyException   the record changed since {@code expectedVersion}
     */
    @Transactional
    public int addSpan(String ref, int expectedVersion, SpanInput span) {
        CaseRecords.Viewed viewed = editable(ref);
        if (viewed.stored().version() != expectedVersion) {
            throw new StaleCustodyException(PART, ref, expectedVersion);
        }
        List<CustodySpan> spans = new ArrayList<>(sorted(viewed.stored().record().custody()));
        CustodySpan added = checked(span, spans, -1);
        spans.add(added);
        return amend(ref, expectedVersion, spans);
    }

    /**
     * Replaces the span at {@code index} (its position in {@link Picture#spans()} at {@code expectedVersion}).
     *
     * @throws InvalidCustodyException the span is refused, or there is no span at that position
     * @throws StaleCustodyException   the record changed since {@code expectedVersion}
     */
    @Transactional
    public int editSpan(String ref, int index, int expectedVersion, SpanInput span) {
        CaseRecords.Viewed viewed = editable(ref);
        if (viewed.stored().version() != expectedVersion) {
            throw new StaleCustodyException(PART, ref, expectedVersion); // positions are those of the version read
        }
        List<CustodySpan> spans = new ArrayList<>(sorted(viewed.stored().record().custody()));
        if (index < 0 || index >= spans.size()) {
            throw new InvalidCustodyException(Map.of("span", "There is no custody span number " + (index + 1)));
        }
        CustodySpan before = spans.get(index);
        CustodySpan changed = checked(span, spans, index);
        spans.set(index, changed);
        int version = amend(ref, expectedVersion, spans);
        if (before.isOpen() && changed.isOpen() && !before.from().equals(changed.from())) {
            // the expected release belongs to this custody: it follows the corrected first day
            int moved = jdbc.sql("update expected_release set custody_from = ?, version = version + 1 "
                            + "where nominal_id = ? and custody_from = ?")
                    .params(changed.from(), viewed.stored().id(), before.from()).update();
            if (moved == 1) {
                audit.record(AuditEvent.changed(ref, AuditEvent.details("expectedReleaseCustodyFrom", before.from().toString()),
                        AuditEvent.details("expectedReleaseCustodyFrom", changed.from().toString()), Actor.currentUser()));
            }
        }
        return version;
    }

    /** Ends the span at {@code index}: the person left custody on {@code to} (their first day out). */
    @Transactional
    public int endSpan(String ref, int index, int expectedVersion, LocalDate to) {
        CaseRecords.Viewed viewed = editable(ref);
        List<CustodySpan> spans = sorted(viewed.stored().record().custody());
        if (index < 0 || index >= spans.size()) {
            throw new InvalidCustodyException(Map.of("span", "There is no custody span number " + (index + 1)));
        }
        if (to == null) {
            throw new InvalidCustodyException(Map.of("to", "Enter the date the person left custody"));
        }
        CustodySpan s = spans.get(index);
        return editSpan(ref, index, expectedVersion, new SpanInput(s.kind(), s.reason(), s.order(), s.from(), to));
    }

    /**
     * Records (or changes) the expected release date of the person's current custody.
     *
     * @param expectedVersion the version of the stored row the user saw ({@link Picture#releaseVersion()}), null if none
     */
    @Transactional
    public ExpectedRelease setExpectedRelease(String ref, LocalDate expectedOn, Integer expectedVersion) {
        CaseRecords.Viewed viewed = editable(ref);
        long id = viewed.stored().id();
        CustodySpan current = sorted(viewed.stored().record().custody()).stream().filter(CustodySpan::isOpen)
                .findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        if (current == null) {
            problems.put("expectedRelease", "The person is not in custody: record a custody span without an end first");
        } else if (expectedOn == null) {
            problems.put("expectedRelease", "Enter the expected release date");
        } else if (expectedOn.isBefore(today)) {
            problems.put("expectedRelease", "The expected release date must be today or in the future; if the person "
                    + "has been released, end the custody span instead");
        } else if (!expectedOn.isAfter(current.from())) {
            problems.put("expectedRelease", "The expected release date must be after the custody began ("
                    + DATE.format(current.from()) + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCustodyException(problems);
        }
        Optional<ExpectedRelease> before = expectedRelease(id);
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        if (before.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleCustodyException("expected release", ref, expectedVersion);
            }
            int inserted = jdbc.sql("""
                            insert into expected_release (nominal_id, custody_from, expected_on, version, created_by,
                                created_at, updated_by, updated_at)
                            values (?, ?, ?, 0, ?, ?, ?, ?) on conflict (nominal_id) do nothing""")
                    .params(id, current.from(), expectedOn, actor, now, actor, now).update();
            if (inserted == 0) {
                throw new StaleCustodyException("expected release", ref, null); // recorded by someone else meanwhile
            }
        } else {
            if (expectedVersion == null || before.get().version() != expectedVersion) {
                throw new StaleCustodyException("expected release", ref, expectedVersion);
            }
            int updated = jdbc.sql("""
                            update expected_release set custody_from = ?, expected_on = ?, version = version + 1,
                                updated_by = ?, updated_at = ?
                            where nominal_id = ? and version = ?""")
                    .params(current.from(), expectedOn, actor, now, id, expectedVersion).update();
            if (updated != 1) {
                throw new StaleCustodyException("expected release", ref, expectedVersion);
            }
        }
        ExpectedRelease after = expectedRelease(id).orElseThrow();
        audit.record(before.isEmpty()
                ? AuditEvent.created(ref, audited(after), actor)
                : AuditEvent.changed(ref, audited(before.get()), audited(after), actor));
        return after;
    }

    /** The stored expected release row (for whichever custody it was entered), if any. */
    Optional<ExpectedRelease> expectedRelease(long nominalId) {
        return jdbc.sql("select custody_from, expected_on, version from expected_release where nominal_id = ?")
                .param(nominalId)
                .query((rs, n) -> new ExpectedRelease(rs.getObject("custody_from", LocalDate.class),
                        rs.getObject("expected_on", LocalDate.class), rs.getInt("version")))
                .optional();
    }

    /** The span checked against the rules and the other spans ({@code replacing}: the position it replaces, or -1). */
    private CustodySpan checked(SpanInput in, List<CustodySpan> spans, int replacing) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (in.kind() == null) {
            problems.put("kind", "Select where the person is held: prison or hospital");
        }
        if (in.reason() == null) {
            problems.put("reason", "Select the reason for custody");
        } else {
            CustodyRules.checkOrder(in.reason() == CustodyReason.BREACH_OF_ORDER, in.order() != null)
                    .ifPresent(r -> problems.put("order", r.message()));
        }
        if (in.from() == null) {
            problems.put("from", "Enter the date custody began");
        } else if (in.from().isAfter(today)) {
            problems.put("from", "The date custody began must be today or in the past");
        }
        if (in.to() != null && in.to().isAfter(today)) {
            problems.put("to", "The date the person left custody must be today or in the past; record a future "
                    + "release as the expected release date");
        }
        if (in.from() != null && !problems.containsKey("to")) {
            CustodyRules.checkDates(in.from(), in.to()).ifPresent(r -> problems.put("to", r.message()));
        }
        if (in.from() != null && !problems.containsKey("from") && !problems.containsKey("to")) {
            for (int i = 0; i < spans.size(); i++) {
                CustodySpan other = spans.get(i);
                if (i != replacing && CustodyRules.overlap(in.from(), in.to(), other.from(), other.to())) {
                    Refusal refused = CustodyRules.overlapping("the custody span " + describe(other));
                    // the end that reaches into the other span is the one to correct
                    problems.put(other.covers(in.from()) ? "from" : "to", refused.message());
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCustodyException(problems);
        }
        return new CustodySpan(in.kind(), in.reason(), in.order(), in.from(), in.to());
    }

    static String describe(CustodySpan s) {
        return "from " + DATE.format(s.from()) + (s.to() == null ? " (still in custody)" : " to " + DATE.format(s.to()));
    }

    private int amend(String ref, int expectedVersion, List<CustodySpan> spans) {
        List<CustodySpan> replaced = sorted(spans);
        try {
            return changes.amend(ref, expectedVersion, r -> withCustody(r, replaced),
                    r -> AuditEvent.details("custody", r.custody()), Actor.currentUser());
        } catch (StaleNominalException e) {
            throw new StaleCustodyException(PART, ref, expectedVersion);
        }
    }

    static NominalRecord withCustody(NominalRecord r, List<CustodySpan> custody) {
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                r.convictions(), r.categories(), r.levels(), custody, r.orders(), r.events());
    }

    static List<CustodySpan> sorted(List<CustodySpan> spans) {
        return spans.stream().sorted(Comparator.comparing(CustodySpan::from)).toList();
    }

    /** The record, when the user may change its custody record; otherwise the refusal is thrown. */
    private CaseRecords.Viewed editable(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not record custody",
                    "Only the owning area's practitioners and co-ordinators record custody and release");
        }
        return viewed;
    }

    /** Custody is part of the full history: a shared agency sees the record but not this. */
    private void requireHistory(String ref, CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "Custody and release are part of the full history, which this user does not see");
        }
    }

    private static Object audited(ExpectedRelease e) {
        return AuditEvent.details("expectedRelease", AuditEvent.details("custodyFrom", e.custodyFrom().toString(),
                "expectedOn", e.expectedOn().toString()));
    }
}
