package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aHostilelyLongTextIsCutAndTheRestReportedAsIgnored() {
        SearchQuery q = SearchQuery.parse("a".repeat(10_000) + " smith");

        assertThat(q.text()).hasSize(SearchQuery.MAX_LENGTH);
        assertThat(q.ignored()).hasSize(1).first().asString().endsWith(" smith");
    }

    @Test
    void takesApartNameDateAndIdentifiers() {
        SearchQuery q = SearchQuery.parse("SMITH, John 31/01/1970");
        assertThat(q.name()).isEqualTo("SMITH John");
        assertThat(q.familyName()).isEqualTo("SMITH");
        assertThat(q.dateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 31));
        assertThat(q.yearOfBirth()).isEqualTo(1970);

        SearchQuery y = SearchQuery.parse("smith john 1970");
        assertThat(y.name()).isEqualTo("smith john");
        assertThat(y.familyName()).isEmpty();
        assertThat(y.dateOfBirth()).isNull();
        assertThat(y.yearOfBirth()).isEqualTo(1970);

        assertThat(SearchQuery.parse("john smith 1970-01-31").dateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 31));
        assertThat(SearchQuery.parse("1999/0123456X").pncId()).isEqualTo("1999/0123456X");
        assertThat(SearchQuery.parse("99/123456x").pncId()).isEqualTo("99/123456X");
        assertThat(SearchQuery.parse("lan-000123").ref()).isEqualTo("LAN-000123");
        assertThat(SearchQuery.parse("smith-jones rebecca").name()).isEqualTo("smith-jones rebecca");
    }

    @Test
    void anImpossibleDateIsSetAsideNotGuessed() {
        SearchQuery q = SearchQuery.parse("smith 31/02/1970");
        assertThat(q.dateOfBirth()).isNull();
        assertThat(q.yearOfBirth()).isNull();
        assertThat(q.ignored()).containsExactly("31/02/1970");
        assertThat(q.name()).isEqualTo("smith");
    }

    @Test
    void oneEditAwayCoversTranspositionsDeletionsSubstitutionsAndInsertions() {
        Set<String> edits = NominalSearch.oneEditAway("smtih");
        assertThat(edits).contains("smith", "mtih", "smtiha", "smtif").doesNotContain("smtih");
    }
}
