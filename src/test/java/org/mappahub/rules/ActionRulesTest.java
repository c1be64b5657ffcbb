package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.mappahub.rules.ActionRules.Timeliness;

/** Due from 14 days before the deadline, overdue the day after it; on time up to and on the deadline day. */
class ActionRulesTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 15);

    @Test
    void dueFromFourteenDaysBeforeAndOverdueTheDayAfter() {
        assertThat(ActionRules.timeliness(DEADLINE, DEADLINE.minusDays(15))).isEqualTo(Timeliness.LATER);
        assertThat(ActionRules.timeliness(DEADLINE, DEADLINE.minusDays(14))).isEqualTo(Timeliness.DUE_SOON);
        assertThat(ActionRules.timeliness(DEADLINE, DEADLINE)).isEqualTo(Timeliness.DUE_SOON);
        assertThat(ActionRules.timeliness(DEADLINE, DEADLINE.plusDays(1))).isEqualTo(Timeliness.OVERDUE);
        assertThat(ActionRules.lastDueSoonDeadline(DEADLINE.minusDays(14))).isEqualTo(DEADLINE);
    }

    @Test
    void completedOnTimeUpToAndOnTheDeadlineDay() {
        assertThat(ActionRules.completedOnTime(DEADLINE, DEADLINE.minusDays(3))).isTrue();
        assertThat(ActionRules.completedOnTime(DEADLINE, DEADLINE)).isTrue();
        assertThat(ActionRules.completedOnTime(DEADLINE, DEADLINE.plusDays(1))).isFalse();
    }
}
