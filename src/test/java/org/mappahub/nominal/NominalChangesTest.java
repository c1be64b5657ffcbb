package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord.Person;

/** Editing a person's identity changes what the user changed, and nothing else. */
@SpringBootTest
class NominalChangesTest {

    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired Areas areas;

    private String imported(String ref, List<String> given, LocalDate dob) {
        areas.save(new Area("CHANGESHIRE", "Changeshire", List.of("North"), List.of()));
        nominals.insert(new NominalRecord(ref, "CHANGESHIRE", null,
                new Person("JONES", given, dob, null, null, null, null, null),
                null, null, null, null, null, null, null, null, null), "operator:test", true);
        return ref;
    }

    @Test
    void anEditOfAnotherFieldKeepsAGivenNameThatHoldsASpace() {
        String ref = imported("CHG-000001", List.of("MARY ANN"), LocalDate.of(1960, 3, 4));

        // The form shows given names as one line and sends them back split into words.
        changes.updateIdentity(ref, 0, new Identity("JONES", List.of("MARY", "ANN"), LocalDate.of(1960, 3, 4), null,
                "White Welsh", null, null, null, null), "alice");

        Person person = nominals.findByRef(ref).orElseThrow().record().person();
        assertThat(person.givenNames()).containsExactly("MARY ANN");
        assertThat(person.ethnicity()).isEqualTo("White Welsh");
    }

    @Test
    void aStoredValueTheFormWouldRefuseAsNewDoesNotBlockOtherEdits() {
        String ref = imported("CHG-000002", List.of("ELSIE"), LocalDate.of(1895, 1, 1));

        changes.updateIdentity(ref, 0, new Identity("JONES", List.of("ELSIE"), LocalDate.of(1895, 1, 1), null,
                "White British", null, null, null, null), "alice");
        assertThat(nominals.findByRef(ref).orElseThrow().record().person().ethnicity()).isEqualTo("White British");

        assertThatThrownBy(() -> changes.updateIdentity(ref, 1, new Identity("JONES", List.of("ELSIE"),
                LocalDate.of(1890, 1, 1), null, null, null, null, null, null), "alice"))
                .isInstanceOf(InvalidNominalException.class)
                .hasMessageContaining("dateOfBirth");
        assertThat(nominals.findByRef(ref).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anAmendmentReplacesPartOfTheRecordAsOneVersionedChangeMadeInTheApplication() {
        String ref = imported("CHG-000003", List.of("ROSE"), LocalDate.of(1970, 1, 1));
        var span = new NominalRecord.CustodySpan(NominalRecord.CustodyKind.PRISON, NominalRecord.CustodyReason.RECALL,
                null, LocalDate.of(2025, 1, 10), null);

        int version = changes.amend(ref, 0, r -> withCustody(r, List.of(span)), r -> r.custody().size(), "alice");

        StoredNominal stored = nominals.findByRef(ref).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.record().custody()).containsExactly(span);
        assertThat(stored.updatedBy()).isEqualTo("alice");
        // changed in the application since the import: a re-import of an older file is now a conflict
        assertThat(stored.changedSinceImport()).isTrue();
    }

    @Test
    void anAmendmentAgainstAnOldVersionOrMovingTheRecordIsRefusedAndWritesNothing() {
        String ref = imported("CHG-000004", List.of("IVY"), LocalDate.of(1970, 1, 1));
        changes.amend(ref, 0, r -> r, r -> null, "alice");

        assertThatThrownBy(() -> changes.amend(ref, 0, r -> withCustody(r, List.of()), r -> null, "bob"))
                .isInstanceOf(StaleNominalException.class);
        assertThatThrownBy(() -> changes.amend(ref, 1, r -> new NominalRecord(r.ref(), "ELSEWHERE", null, r.person(),
                null, null, null, null, null, null, null, null, null), r -> null, "bob"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(nominals.findByRef(ref).orElseThrow().version()).isEqualTo(1);
    }

    private static NominalRecord withCustody(NominalRecord r, List<NominalRecord.CustodySpan> custody) {
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                r.convictions(), r.categories(), r.levels(), custody, r.orders(), r.events());
    }
}
