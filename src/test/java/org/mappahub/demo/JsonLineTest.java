package org.mappahub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLineTest {

    @Test
    void escapesWhatJsonRequiresAndReadsBackTheSame() {
        String nasty = "O'BRIEN \"THE KID\" \\ back\nslash\ttab\u0001\u001f end \u00e9\u2028";
        StringBuilder sb = new StringBuilder();
        new JsonLine(sb).beginObject().field("name", nasty).name("list").beginArray().string("a").nullValue()
                .number(-12).bool(true).endArray().endObject().newline();
        assertThat(sb.toString()).endsWith("}\n").doesNotContain("\u0001");
        JsonNode node = JsonMapper.shared().readTree(sb.toString());
        assertThat(node.path("name").asString()).isEqualTo(nasty);
        assertThat(node.path("list").size()).isEqualTo(4);
    }

    @Test
    void writesDatesAsIsoDaysAcrossTheCalendar() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2101, 1, 10)); d = d.plusDays(1)) {
            StringBuilder sb = new StringBuilder();
            new JsonLine(sb).date((int) d.toEpochDay());
            assertThat(sb.toString()).isEqualTo("\"" + d + "\"");
        }
        StringBuilder sb = new StringBuilder();
        new JsonLine(sb).date(JsonLine.NO_DATE);
        assertThat(sb.toString()).isEqualTo("null");
    }
}
