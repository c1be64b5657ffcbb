package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.nominal.NominalRecord.*;
import org.mappahub.nominal.SearchResult.CustodyStatus;
import org.mappahub.nominal.SearchResult.DateOfBirthMatch;
import org.mappahub.nominal.SearchResult.MatchKind;

/** What an officer sees from a search, person by person, on small fixtures of its own. */
@SpringBootTest
class NominalSearchTest {

    static final String AREA = "SRCHFOCUS";

    @Autowired Nominals nominals;
    @Autowired Areas areas;
    @Autowired NominalSearch search;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void area() {
        areas.save(new Area(AREA, "Focus Testshire", List.of(), List.of()));
    }

    static NominalRecord person(String ref, String family, List<String> given, LocalDate dob, String pnc,
                                List<Alias> aliases, List<CategorySpan> categories, List<LevelSpan> levels,
                                List<CustodySpan> custody) {
        return new NominalRecord(ref, AREA, null,
                new Person(family, given, dob, Gender.MALE, null, pnc, null, null),
                aliases, List.of(), List.of(), List.of(), categories, levels, custody, List.of(), List.of());
    }

    static NominalRecord person(String ref, String family, String given, LocalDate dob) {
        return person(ref, family, List.of(given), dob, null, List.of(), List.of(), List.of(), List.of());
    }

    private long insertOnce(NominalRecord r) {
        return nominals.findByRef(r.ref()).map(StoredNominal::id).orElseGet(() -> nominals.insert(r, "test", false));
    }

    private List<SearchResult> find(String text) {
        return search.search(SearchQuery.parse(text), 1, 20).results();
    }

    @Test
    void anAliasMatchSaysWhichAliasAndHow() {
        insertOnce(person("SRCH-F-ALIAS", "QUENTORP", List.of("ALBERT"), LocalDate.of(1971, 2, 3), null,
                List.of(new Alias("VARNISKY", List.of("BERT"), null)), List.of(), List.of(), List.of()));

        SearchResult exact = find("varnisky bert").get(0);
        assertThat(exact.ref()).isEqualTo("SRCH-F-ALIAS");
        assertThat(exact.fullName()).isEqualTo("ALBERT QUENTORP");
        assertThat(exact.matchedName()).isEqualTo("VARNISKY BERT");
        assertThat(exact.matchedAlias()).isTrue();
        assertThat(exact.matchKind()).isEqualTo(MatchKind.EXACT_ALIAS);
        assertThat(exact.why()).isEqualTo("alias VARNISKY BERT matches");

        SearchResult misspelt = find("bert varniski").get(0);
        assertThat(misspelt.ref()).isEqualTo("SRCH-F-ALIAS");
        assertThat(misspelt.matchedAlias()).isTrue();
        assertThat(misspelt.matchKind()).isIn(MatchKind.PHONETIC, MatchKind.SIMILAR_SPELLING);
    }

    @Test
    void givenAndFamilyNamesAreFoundInEitherOrder() {
        insertOnce(person("SRCH-F-TRANS", "ORMEROYD", List.of("PERCIVAL", "JAMES"), LocalDate.of(1964, 4, 4), null,
                List.of(), List.of(), List.of(), List.of()));
        for (String text : List.of("percival ormeroyd", "ormeroyd percival", "ORMEROYD, Percival", "james ormeroyd percival")) {
            SearchResult top = find(text).get(0);
            assertThat(top.ref()).as(text).isEqualTo("SRCH-F-TRANS");
            assertThat(top.matchKind()).as(text).isEqualTo(MatchKind.EXACT_NAME);
            assertThat(top.matchedAlias()).isFalse();
        }
    }

    @Test
    void aMatchingDateOfBirthLiftsALesserNameMatch() {
        insertOnce(person("SRCH-F-DOB1", "QUIXLEY", "ZEBEDEE", LocalDate.of(1980, 1, 1)));
        insertOnce(person("SRCH-F-DOB2", "QUIXLEE", "ZEBEDEE", LocalDate.of(1975, 5, 5)));

        assertThat(find("zebedee quixley")).extracting(SearchResult::ref).startsWith("SRCH-F-DOB1", "SRCH-F-DOB2");

        List<SearchResult> byYear = find("zebedee quixley 1975");
        assertThat(byYear).extracting(SearchResult::ref).startsWith("SRCH-F-DOB2", "SRCH-F-DOB1");
        assertThat(byYear.get(0).dateOfBirthMatch()).isEqualTo(DateOfBirthMatch.YEAR);
        assertThat(byYear.get(1).dateOfBirthMatch()).isEqualTo(DateOfBirthMatch.NONE);

        List<SearchResult> byDate = find("zebedee quixley 05/05/1975");
        assertThat(byDate.get(0).ref()).isEqualTo("SRCH-F-DOB2");
        assertThat(byDate.get(0).dateOfBirthMatch()).isEqualTo(DateOfBirthMatch.EXACT);
        assertThat(byDate.get(0).why()).endsWith("date of birth matches");
        assertThat(find("zebedee quixley 1975-05-05").get(0).ref()).isEqualTo("SRCH-F-DOB2");
    }

    @Test
    void aPncIdFindsItsPersonInTheFullAndTheShortForm() {
        insertOnce(person("SRCH-F-PNC", "THRELFALL", List.of("NORMAN"), LocalDate.of(1960, 6, 6), "1997/0004321G",
                List.of(), List.of(), List.of(), List.of()));
        for (String text : List.of("1997/0004321G", "1997/0004321g", "97/4321G", " 97/4321g ")) {
            List<SearchResult> results = find(text);
            assertThat(results).as(text).hasSize(1);
            assertThat(results.get(0).ref()).isEqualTo("SRCH-F-PNC");
            assertThat(results.get(0).matchKind()).isEqualTo(MatchKind.PNC_ID);
        }
        assertThat(find("1997/0004322G")).isEmpty();
    }

    @Test
    void resultsComeInStablePagesWithTheirTotal() {
        for (int i = 1; i <= 25; i++) {
            insertOnce(person("SRCH-F-PAGE-%02d".formatted(i), "YARROWBY", "TOBIAS", LocalDate.of(1950 + i, 1, 1)));
        }
        SearchQuery query = SearchQuery.parse("yarrowby");
        SearchPage first = search.search(query, 1, 20);
        SearchPage second = search.search(query, 2, 20);
        SearchPage past = search.search(query, 3, 20);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.results()).hasSize(20);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(second.results()).hasSize(5);
        assertThat(second.hasNext()).isFalse();
        assertThat(past.results()).isEmpty();
        assertThat(past.total()).isEqualTo(25);
        List<String> all = new ArrayList<>();
        first.results().forEach(r -> all.add(r.ref()));
        second.results().forEach(r -> all.add(r.ref()));
        assertThat(all).doesNotHaveDuplicates().hasSize(25);
        assertThat(all).isSorted(); // equal matches fall back to ref order
        assertThat(search.search(query, 1, 20).results()).isEqualTo(first.results());
        assertThat(search.search(query, 1).pageSize()).isEqualTo(SearchPage.DEFAULT_PAGE_SIZE);
        assertThatThrownBy(() -> search.search(query, 0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search(query, 1, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void categoryAndLevelAreThoseOfTodayByTheClock() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        insertOnce(person("SRCH-F-CAT-ENDED", "FENWICKSTONE", List.of("ARTHUR"), LocalDate.of(1955, 1, 1), null, List.of(),
                List.of(new CategorySpan(1, from, LocalDate.of(2020, 1, 1))),
                List.of(new LevelSpan(1, from, LocalDate.of(2020, 1, 1))), List.of()));
        insertOnce(person("SRCH-F-CAT-OPEN", "FENWICKSTONE", List.of("BASIL"), LocalDate.of(1956, 1, 1), null, List.of(),
                List.of(new CategorySpan(2, from, null)),
                List.of(new LevelSpan(1, from, LocalDate.of(2019, 1, 1)), new LevelSpan(3, LocalDate.of(2019, 1, 1), null)),
                List.of()));
        insertOnce(person("SRCH-F-CAT-2030", "FENWICKSTONE", List.of("CYRIL"), LocalDate.of(1957, 1, 1), null, List.of(),
                List.of(new CategorySpan(3, from, LocalDate.of(2030, 1, 1))),
                List.of(new LevelSpan(2, from, LocalDate.of(2030, 1, 1))), List.of()));

        assertThat(find("arthur fenwickstone").get(0).categoryAndLevel()).isEqualTo("no current category");
        SearchResult open = find("basil fenwickstone").get(0);
        assertThat(open.categoryAndLevel()).isEqualTo("CAT 2 / LEVEL 3");
        assertThat(open.areaCode()).isEqualTo(AREA);
        assertThat(open.areaName()).isEqualTo("Focus Testshire");

        NominalSearch in2029 = new NominalSearch(jdbc, fixed("2029-12-31T23:00:00Z"));
        NominalSearch in2030 = new NominalSearch(jdbc, fixed("2030-01-01T00:00:00Z"));
        SearchQuery cyril = SearchQuery.parse("cyril fenwickstone");
        assertThat(in2029.search(cyril, 1, 1).results().get(0).categoryAndLevel()).isEqualTo("CAT 3 / LEVEL 2");
        assertThat(in2030.search(cyril, 1, 1).results().get(0).categoryAndLevel()).isEqualTo("no current category");
        NominalSearch in2016 = new NominalSearch(jdbc, fixed("2016-06-01T12:00:00Z"));
        assertThat(in2016.search(SearchQuery.parse("arthur fenwickstone"), 1, 1).results().get(0).categoryAndLevel())
                .isEqualTo("CAT 1 / LEVEL 1");
    }

    @Test
    void custodyStatusIsThatOfToday() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        insertOnce(person("SRCH-F-CUST-P", "HOLLINGDRAKE", List.of("DENNIS"), LocalDate.of(1958, 1, 1), null, List.of(), List.of(), List.of(),
                List.of(new CustodySpan(CustodyKind.PRISON, CustodyReason.RECALL, null, from, null))));
        insertOnce(person("SRCH-F-CUST-H", "HOLLINGDRAKE", List.of("EDGAR"), LocalDate.of(1959, 1, 1), null, List.of(), List.of(), List.of(),
                List.of(new CustodySpan(CustodyKind.HOSPITAL, CustodyReason.HOSPITAL_ORDER, null, from, null))));
        insertOnce(person("SRCH-F-CUST-C", "HOLLINGDRAKE", List.of("FRANK"), LocalDate.of(1960, 1, 1), null, List.of(), List.of(), List.of(),
                List.of(new CustodySpan(CustodyKind.PRISON, CustodyReason.SENTENCE, null, from, LocalDate.of(2021, 1, 1)))));

        assertThat(find("dennis hollingdrake").get(0).custody().label()).isEqualTo("In custody (prison)");
        assertThat(find("edgar hollingdrake").get(0).custody().label()).isEqualTo("In hospital");
        assertThat(find("frank hollingdrake").get(0).custody()).isEqualTo(CustodyStatus.COMMUNITY);
        assertThat(find("frank hollingdrake").get(0).custody().label()).isEqualTo("In the community");
        NominalSearch in2020 = new NominalSearch(jdbc, fixed("2020-06-01T00:00:00Z"));
        assertThat(in2020.search(SearchQuery.parse("frank hollingdrake"), 1, 1).results().get(0).custody())
                .isEqualTo(CustodyStatus.PRISON);
    }

    @Test
    void searchFollowsEveryChangeOfNamesAliasesAndDeletion() {
        long id = insertOnce(person("SRCH-F-SYNC", "WAINWRIGHTSON", List.of("GILBERT"), LocalDate.of(1962, 2, 2), null,
                List.of(new Alias("ABERNETHY", List.of("GIL"), null)), List.of(), List.of(), List.of()));
        assertThat(find("gil abernethy")).extracting(SearchResult::ref).contains("SRCH-F-SYNC");

        int version = nominals.findByRef("SRCH-F-SYNC").orElseThrow().version();
        nominals.replace(id, person("SRCH-F-SYNC", "DELACROIXMERE", List.of("GILBERT"), LocalDate.of(1962, 2, 2), null,
                List.of(), List.of(), List.of(), List.of()), version, "test", false);
        assertThat(find("gilbert delacroixmere")).extracting(SearchResult::ref).contains("SRCH-F-SYNC");
        // The old family name and the removed alias no longer find the person (a two-word query would still
        // show them as "part of the name matches", on the given name).
        assertThat(find("wainwrightson")).extracting(SearchResult::ref).doesNotContain("SRCH-F-SYNC");
        assertThat(find("abernethy")).extracting(SearchResult::ref).doesNotContain("SRCH-F-SYNC");
        assertThat(find("gilbert wainwrightson")).filteredOn(r -> r.ref().equals("SRCH-F-SYNC"))
                .extracting(SearchResult::matchKind).containsExactly(MatchKind.PARTIAL_NAME);

        jdbc.sql("insert into nominal_alias (nominal_id, position, family_name, given_names) values (?, 0, 'DRUMMONDSON', '{GIL}')")
                .param(id).update();
        assertThat(find("gil drummondson")).extracting(SearchResult::ref).contains("SRCH-F-SYNC");

        jdbc.sql("delete from nominal where id = ?").param(id).update();
        assertThat(find("gilbert delacroixmere")).extracting(SearchResult::ref).doesNotContain("SRCH-F-SYNC");
        assertThat(jdbc.sql("select count(*) from nominal_name where nominal_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void peopleStoredTogetherAreSearchableLikeOnesStoredAloneAndLaterWritesStillSync() {
        NominalRecord alone = person("SRCH-F-BULK-1", "TREVANNIONSKI", List.of("OSWALD", "PIERS"), LocalDate.of(1964, 4, 4),
                null, List.of(new Alias("MOUNTJOYCE", List.of("OZZY"), LocalDate.of(1965, 5, 5)),
                        new Alias("O'FARRELLY-BLYTHE", List.of(), null)), List.of(), List.of(), List.of());
        insertOnce(alone);
        if (nominals.findByRef("SRCH-F-BULK-2").isEmpty()) {
            nominals.insertAll(List.of(
                    person("SRCH-F-BULK-2", alone.person().familyName(), alone.person().givenNames(),
                            alone.person().dateOfBirth(), null, alone.aliases(), List.of(), List.of(), List.of()),
                    person("SRCH-F-BULK-3", "QUILLFEATHERS", "RUFUS", LocalDate.of(1966, 6, 6))), "test", true);
        }
        String rows = """
                select name_index, family_name, given_names::text, family_tokens::text, given_tokens::text, full_norm,
                       date_of_birth, terms::text
                from nominal_name where nominal_id = (select id from nominal where ref = ?) order by name_index""";
        var stored = jdbc.sql(rows).param("SRCH-F-BULK-2").query().listOfRows();
        assertThat(stored).hasSize(3).isEqualTo(jdbc.sql(rows).param("SRCH-F-BULK-1").query().listOfRows());
        assertThat(find("ozzy mountjoyce")).extracting(SearchResult::ref).contains("SRCH-F-BULK-1", "SRCH-F-BULK-2");
        assertThat(find("rufus quillfeathers")).extracting(SearchResult::ref).containsExactly("SRCH-F-BULK-3");
        assertThat(jdbc.sql("select count(*) from search_term where term = 'ofarrelly'").query(Long.class).single()).isOne();

        // The bulk write deferred the triggers only for itself: an alias added afterwards is found at once.
        long id = nominals.findByRef("SRCH-F-BULK-3").orElseThrow().id();
        jdbc.sql("insert into nominal_alias (nominal_id, position, family_name, given_names) values (?, 0, 'ZELLWEGGER', '{RUFUS}')"
                + " on conflict do nothing").param(id).update();
        assertThat(find("rufus zellwegger")).extracting(SearchResult::ref).containsExactly("SRCH-F-BULK-3");
        nominals.mergePendingSearchEntries();
        assertThat(find("rufus zellwegger")).extracting(SearchResult::ref).containsExactly("SRCH-F-BULK-3");
    }

    @Test
    void aDateOfBirthAloneFindsEveryoneBornThatDay() {
        insertOnce(person("SRCH-F-DOBONLY", "PENHALIGON", "HUBERT", LocalDate.of(1903, 3, 17)));
        List<SearchResult> results = find("17/03/1903");
        assertThat(results).extracting(SearchResult::ref).containsExactly("SRCH-F-DOBONLY");
        assertThat(results.get(0).matchKind()).isEqualTo(MatchKind.DATE_OF_BIRTH);
        assertThat(find("")).isEmpty();
    }

    private static Clock fixed(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
