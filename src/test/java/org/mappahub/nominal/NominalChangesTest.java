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
}
