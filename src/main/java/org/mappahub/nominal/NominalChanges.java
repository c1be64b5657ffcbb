package org.mappahub.nominal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.InvalidNominalException.Problem;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.Person;

/**
 * Changes made to nominals in the application (pages and API): creating a person and editing their
 * identity. Input is checked field by field; a refused change writes nothing; a change made against an
 * out-of-date version is refused ({@link StaleNominalException}), never applied over someone else's.
 */
@Service
public class NominalChanges {

    static final int MAX_TEXT = 200;

    private final Nominals nominals;
    private final Areas areas;
    private final Clock clock;
    private final AuditTrail audit;

    NominalChanges(Nominals nominals, Areas areas, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.nominals = nominals;
        this.areas = areas;
        this.clock = clock;
    }

    /** The identity of a person as a user types it. */
    public record Identity(String familyName, List<String> givenNames, LocalDate dateOfBirth, Gender gender,
                           String ethnicity, String pncId, String crn, String prisonNumber, String bcu) {
    }

    /** Creates a nominal owned by {@code areaCode}, with a ref from the system; returns the ref. */
    @Transactional
    public String create(String areaCode, Identity identity, String actor) {
        List<Problem> problems = new ArrayList<>();
        Optional<Area> area = areaCode == null ? Optional.empty() : areas.find(areaCode);
        if (area.isEmpty()) {
            problems.add(new Problem("area", "Select the area that manages this person"));
        }
        check(identity, area.orElse(null), problems);
        if (!problems.isEmpty()) {
            throw new InvalidNominalException(problems);
        }
        String ref = nominals.newRef(areaCode);
        NominalRecord created = new NominalRecord(ref, areaCode, blankToNull(identity.bcu()), person(identity),
                null, null, null, null, null, null, null, null, null);
        nominals.insert(created, actor, false);
        audit.record(AuditEvent.created(ref, auditedIdentity(created), actor)); // same transaction: no entry if it rolls back
        return ref;
    }

    /** Replaces the identity of a person, provided nobody changed the record since {@code expectedVersion}. */
    @Transactional
    public int updateIdentity(String ref, int expectedVersion, Identity identity, String actor) {
        StoredNominal stored = nominals.findByRef(ref).orElseThrow(() -> new NominalNotFoundException(ref));
        identity = keepStoredGivenNames(identity, stored.record().person());
        List<Problem> checked = new ArrayList<>();
        check(identity, areas.find(stored.record().area()).orElse(null), checked);
        // A value the user did not change is never refused (an imported record may hold what the form
        // would not accept as new input, such as a date of birth before 1900): only changes are checked.
        Identity submitted = identity;
        List<Problem> problems = checked.stream()
                .filter(p -> !unchanged(p.field(), submitted, stored.record())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidNominalException(problems);
        }
        if (stored.version() != expectedVersion) {
            throw new StaleNominalException(ref, expectedVersion);
        }
        NominalRecord r = stored.record();
        NominalRecord changed = new NominalRecord(r.ref(), r.area(), blankToNull(identity.bcu()), person(identity),
                r.aliases(), r.addresses(), r.areas(), r.convictions(), r.categories(), r.levels(), r.custody(),
                r.orders(), r.events());
        int version = nominals.replace(stored.id(), changed, expectedVersion, actor, false);
        audit.record(AuditEvent.changed(ref, auditedIdentity(r), auditedIdentity(changed), actor));
        return version;
    }

    /**
     * Replaces part of a record kept in the MCIF/1 shape — custody spans, civil orders, events — as one change:
     * the modules that own those pages check the user may edit and the change is lawful; this stores it against
     * the version the user edited (a change made since is never overwritten: {@link StaleNominalException}),
     * marks the record changed in the application (so a later import of an older file is refused as a conflict),
     * and audits what {@code audited} picks out of the record before and after.
     *
     * @return the record's new version
     */
    @Transactional
    public int amend(String ref, int expectedVersion, UnaryOperator<NominalRecord> change,
                     Function<NominalRecord, Object> audited, String actor) {
        StoredNominal stored = nominals.findByRef(ref).orElseThrow(() -> new NominalNotFoundException(ref));
        if (stored.version() != expectedVersion) {
            throw new StaleNominalException(ref, expectedVersion);
        }
        NominalRecord before = stored.record();
        NominalRecord after = change.apply(before);
        if (!after.ref().equals(ref) || !after.area().equals(before.area())) {
            throw new IllegalArgumentException("An amendment may not change who the record is or which area owns it");
        }
        int version = nominals.replace(stored.id(), after, expectedVersion, actor, false);
        audit.record(AuditEvent.changed(ref, audited.apply(before), audited.apply(after), actor));
        return version;
    }

    /** The identity as the audit trail records it, before and after a change. */
    private static Object auditedIdentity(NominalRecord r) {
        return AuditEvent.details("area", r.area(), "bcu", r.bcu(), "person", r.person());
    }

    private void check(Identity id, Area area, List<Problem> problems) {
        if (id.familyName() == null || id.familyName().isBlank()) {
            problems.add(new Problem("familyName", "Enter a family name"));
        } else if (id.familyName().length() > MAX_TEXT) {
            problems.add(new Problem("familyName", "Family name must be " + MAX_TEXT + " characters or fewer"));
        }
        List<String> given = id.givenNames() == null ? List.of() : id.givenNames();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null || given.get(i).isBlank() || given.get(i).length() > MAX_TEXT) {
                problems.add(new Problem("givenNames[" + i + "]", "Given names must be words of " + MAX_TEXT
                        + " characters or fewer"));
            }
        }
        if (id.dateOfBirth() == null) {
            problems.add(new Problem("dateOfBirth", "Enter a date of birth"));
        } else if (id.dateOfBirth().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("dateOfBirth", "Date of birth must be today or in the past"));
        } else if (id.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            problems.add(new Problem("dateOfBirth", "Date of birth must be after 1 January 1900"));
        }
        if (id.pncId() != null && !id.pncId().isBlank() && !PncId.isValid(id.pncId().trim().toUpperCase())) {
            problems.add(new Problem("pncId", "PNC ID " + PncId.problem(id.pncId().trim().toUpperCase())));
        }
        for (var text : List.of(new String[]{"ethnicity", id.ethnicity()}, new String[]{"crn", id.crn()},
                new String[]{"prisonNumber", id.prisonNumber()})) {
            if (text[1] != null && text[1].length() > MAX_TEXT) {
                problems.add(new Problem(text[0], "Must be " + MAX_TEXT + " characters or fewer"));
            }
        }
        String bcu = blankToNull(id.bcu());
        if (bcu != null && area != null && !area.bcus().contains(bcu)) {
            problems.add(new Problem("bcu", "Select one of the area's BCUs"));
        }
    }

    /**
     * A form shows given names as one line of text; when that text is what the stored names read as,
     * the stored list stands (so "MARY ANN" as one given name is not split into two by an unrelated edit).
     */
    private static Identity keepStoredGivenNames(Identity id, Person stored) {
        List<String> typed = id.givenNames() == null ? List.of() : id.givenNames();
        if (!String.join(" ", typed).trim().equals(String.join(" ", stored.givenNames()))) {
            return id;
        }
        return new Identity(id.familyName(), stored.givenNames(), id.dateOfBirth(), id.gender(), id.ethnicity(),
                id.pncId(), id.crn(), id.prisonNumber(), id.bcu());
    }

    private static boolean unchanged(String field, Identity id, NominalRecord stored) {
        Person p = stored.person();
        String name = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        return switch (name) {
            case "familyName" -> Objects.equals(blankToNull(id.familyName()), p.familyName());
            case "givenNames" -> Objects.equals(id.givenNames(), p.givenNames());
            case "dateOfBirth" -> Objects.equals(id.dateOfBirth(), p.dateOfBirth());
            case "pncId" -> Objects.equals(blankToNull(id.pncId()), p.pncId());
            case "ethnicity" -> Objects.equals(blankToNull(id.ethnicity()), p.ethnicity());
            case "crn" -> Objects.equals(blankToNull(id.crn()), p.crn());
            case "prisonNumber" -> Objects.equals(blankToNull(id.prisonNumber()), p.prisonNumber());
            case "bcu" -> Objects.equals(blankToNull(id.bcu()), stored.bcu());
            default -> false;
        };
    }

    private static Person person(Identity id) {
        List<String> given = id.givenNames() == null ? List.of()
                : id.givenNames().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        String pnc = blankToNull(id.pncId());
        return new Person(id.familyName().trim(), given, id.dateOfBirth(), id.gender(), blankToNull(id.ethnicity()),
                pnc == null ? null : pnc.toUpperCase(), blankToNull(id.crn()), blankToNull(id.prisonNumber()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
