package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.mappahub.nominal.NominalRecord.*;

@SpringBootTest
class NominalsTest {

    @Autowired Nominals nominals;
    @Autowired Areas areas;

    static NominalRecord sample(String ref) {
        return new NominalRecord(ref, "TESTSHIRE", "North",
                new Person("SMITH", List.of("JOHN", "PAUL"), LocalDate.of(1970, 1, 31), Gender.MALE, "White British",
                        null, "X123456", null),
                List.of(new Alias("SMYTHE", List.of("JON"), null)),
                List.of(new Address(AddressType.HOME, "1 Any Street", "Preston", "PR1 1AA", LocalDate.of(2019, 1, 10), null)),
                List.of(),
                List.of(new Conviction(LocalDate.of(2012, 5, 1), "Rape", OffenceKind.SEXUAL, Disposal.IMPRISONMENT, 72, null)),
                List.of(new CategorySpan(1, LocalDate.of(2012, 5, 1), null)),
                List.of(new LevelSpan(2, LocalDate.of(2018, 6, 1), null), new LevelSpan(1, LocalDate.of(2012, 5, 1), LocalDate.of(2018, 6, 1))),
                List.of(new CustodySpan(CustodyKind.PRISON, CustodyReason.SENTENCE, null, LocalDate.of(2012, 5, 1), LocalDate.of(2016, 5, 1))),
                List.of(new CivilOrder(OrderType.SHPO, LocalDate.of(2018, 5, 1), null, LocalDate.of(2018, 6, 1), null, false, LocalDate.of(2018, 6, 1), LocalDate.of(2023, 6, 1))),
                List.of(new NominalEvent(EventType.SFO_CHARGE, LocalDate.of(2018, 8, 1), Outcome.PENDING, null, null, null, null, null)));
    }

    @Test
    void storesAndReadsBackAWholeRecordWithSpansSortedAndProvenance() {
        areas.save(new Area("TESTSHIRE", "Testshire", List.of("North"), List.of()));
        nominals.insert(sample("TST-000001"), "operator:test", true);

        StoredNominal stored = nominals.findByRef("TST-000001").orElseThrow();
        assertThat(stored.record().levels()).extracting(LevelSpan::level).containsExactly(1, 2);
        assertThat(stored.record().levels().get(0).provenance().recordedBy()).isEqualTo("operator:test");
        assertThat(stored.record().person().givenNames()).containsExactly("JOHN", "PAUL");
        assertThat(stored.record().orders().get(0).foreignTravelRestriction()).isFalse();
        assertThat(stored.changedSinceImport()).isFalse();
    }

    @Test
    void recordsStoredTogetherReadBackExactlyWhateverCharactersTheirTextHolds() {
        areas.save(new Area("TESTSHIRE", "Testshire", List.of("North"), List.of()));
        String nasty = "tab\there, line\nbreak\r, back\\slash \\N \"quoted\" {braces}, 'apostrophe' Seán";
        NominalRecord s = sample("TST-000003");
        NominalRecord record = new NominalRecord("TST-000003", s.area(), s.bcu(),
                new Person(nasty, List.of("JO, ANN", "{X}", "\"Q\"", "\\", "NULL", ""), s.person().dateOfBirth(),
                        Gender.FEMALE, nasty, null, null, null),
                List.of(new Alias(nasty, List.of(nasty), null)), s.addresses(), s.areas(), s.convictions(),
                s.categories(), s.levels(), s.custody(), s.orders(), s.events());
        nominals.insertAll(List.of(record, sample("TST-000004")), "operator:test\tbulk", true);

        StoredNominal stored = nominals.findByRef("TST-000003").orElseThrow();
        assertThat(stored.record().person()).isEqualTo(record.person());
        assertThat(stored.record().aliases()).isEqualTo(record.aliases());
        assertThat(stored.record().levels().get(0).provenance().recordedBy()).isEqualTo("operator:test\tbulk");
        assertThat(stored.changedSinceImport()).isFalse();
        assertThat(nominals.findByRef("TST-000004").orElseThrow().record().convictions()).isEqualTo(s.convictions());
    }

    @Test
    void aStaleReplaceIsRefusedAndChangesNothing() {
        areas.save(new Area("TESTSHIRE", "Testshire", List.of("North"), List.of()));
        long id = nominals.insert(sample("TST-000002"), "operator:test", true);
        nominals.replace(id, sample("TST-000002"), 0, "alice", false);

        assertThatThrownBy(() -> nominals.replace(id, sample("TST-000002"), 0, "bob", false))
                .isInstanceOf(StaleNominalException.class);
        StoredNominal stored = nominals.findByRef("TST-000002").orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.updatedBy()).isEqualTo("alice");
        assertThat(stored.changedSinceImport()).isTrue();
    }
}
