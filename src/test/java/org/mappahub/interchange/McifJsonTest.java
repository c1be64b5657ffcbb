package org.mappahub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** "Today" for the date-of-birth rule is the injected clock's, not the machine's. */
class McifJsonTest {

    final McifJson json = new McifJson();

    Problems read(String dateOfBirth, LocalDate today) {
        Problems problems = new Problems(1);
        json.readNominal(json.parse("{\"recordType\":\"nominal\",\"ref\":\"X-1\",\"area\":\"A\",\"person\":{\"familyName\":\"A\","
                + "\"givenNames\":[],\"dateOfBirth\":\"" + dateOfBirth + "\"}}"), problems, today);
        return problems;
    }

    @Test
    void aDateOfBirthMayBeTodayButNotTomorrow() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(read("2026-11-23", today).any()).isFalse();
        assertThat(read("2026-11-24", today).list()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("person.dateOfBirth"));
    }
}
