package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void anInsertBecomesACopyOfTheSameColumnsThroughAStagingTable() {
        assertThat(CopyText.copyStatements("insert into conviction (nominal_id, position) values (?,?)")).containsExactly(
                "create temp table if not exists stage_conviction (like conviction including defaults) on commit delete rows",
                "copy stage_conviction (nominal_id, position) from stdin",
                "insert into conviction (nominal_id, position) select nominal_id, position from stage_conviction",
                "truncate stage_conviction");
    }

    @Test
    void valuesAreEscapedSoThatNoTextCanEndAColumnOrARow() {
        String row = CopyText.rows(List.<Object[]>of(new Object[]{7L, null, "a\tb\nc\rd\\e\\N", Boolean.FALSE,
                Date.valueOf(LocalDate.of(1999, 1, 2)), Timestamp.from(Instant.parse("2026-11-23T19:22:21.144Z")),
                new String[]{"O'BRIEN", "say \"hi\"", "back\\slash", "tab\there"}, new String[0]}));
        assertThat(row).isEqualTo("7\t\\N\ta\\tb\\nc\\rd\\\\e\\\\N\tfalse\t1999-01-02\t2026-11-23T19:22:21.144Z\t"
                + "{\"O'BRIEN\",\"say \\\\\"hi\\\\\"\",\"back\\\\\\\\slash\",\"tab\\there\"}\t{}\n");
    }
}
