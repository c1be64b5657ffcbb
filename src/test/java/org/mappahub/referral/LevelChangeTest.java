package org.mappahub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Provenance;

/** The level spans after a screening decision: half-open spans, levels covering exactly the category's days. */
class LevelChangeTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 8);
    static final Provenance WHY = new Provenance("coord", Instant.parse("2026-05-08T10:00:00Z"), "accepted");

    static NominalRecord record(List<CategorySpan> categories, List<LevelSpan> levels) {
        return new NominalRecord("R-1", "AREA", null, null, null, null, null, null, categories, levels, null, null, null);
    }

    @Test
    void aLevelThatEndsLaterIsSplitAndTheNewLevelEndsWhereTheOldOneDid() {
        LocalDate end = LocalDate.of(2027, 1, 1);
        NominalRecord r = record(List.of(new CategorySpan(2, LocalDate.of(2025, 1, 1), end)),
                List.of(new LevelSpan(1, LocalDate.of(2025, 1, 1), end)));

        NominalRecord after = LevelChange.apply(r, 2, 3, DAY, WHY);

        assertThat(after.levels()).containsExactly(new LevelSpan(1, LocalDate.of(2025, 1, 1), DAY),
                new LevelSpan(3, DAY, end, WHY));
        assertThat(after.categories()).isEqualTo(r.categories());
    }

    @Test
    void aLevelThatBeganOnTheDecisionDayIsReplacedNotLeftEmpty() {
        NominalRecord r = record(List.of(new CategorySpan(1, DAY, null)), List.of(new LevelSpan(1, DAY, null)));

        assertThat(LevelChange.apply(r, 1, 2, DAY, WHY).levels()).containsExactly(new LevelSpan(2, DAY, null, WHY));
    }

    @Test
    void theSameLevelChangesNothingAndALaterSpanIsAProblem() {
        NominalRecord r = record(List.of(new CategorySpan(1, LocalDate.of(2025, 1, 1), null)),
                List.of(new LevelSpan(2, LocalDate.of(2025, 1, 1), null)));
        assertThat(LevelChange.apply(r, 1, 2, DAY, WHY).levels()).isEqualTo(r.levels());
        assertThat(LevelChange.problem(r, DAY)).isEmpty();

        NominalRecord later = record(List.of(new CategorySpan(1, DAY.plusDays(3), null)), List.of());
        assertThat(LevelChange.problem(later, DAY)).hasValueSatisfying(p -> assertThat(p).contains("11 May 2026"));
    }
}
