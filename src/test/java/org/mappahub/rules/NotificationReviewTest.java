package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.mappahub.rules.NotificationReview.Rank;

/** Who may apply for a review of indefinite notification, when, and who decides. */
class NotificationReviewTest {

    static final LocalDate QUALIFYING = LocalDate.of(2027, 3, 1);

    @Test
    void anApplicationOnTheQualifyingDateIsAcceptedAndTheDayBeforeRefused() {
        assertThat(NotificationReview.checkApplication(true, QUALIFYING, QUALIFYING, false)).isEmpty();
        List<Refusal> early = NotificationReview.checkApplication(true, QUALIFYING.minusDays(1), QUALIFYING, false);
        assertThat(early).singleElement().extracting(Refusal::message).asString()
                .contains("qualifying date", "s.91B", "2027-03-01");
    }

    @Test
    void aFixedPeriodIsNotReviewable() {
        assertThat(NotificationReview.checkApplication(false, QUALIFYING, QUALIFYING, false))
                .singleElement().extracting(Refusal::rule).isEqualTo(NotificationReview.INDEFINITE_ONLY);
    }

    @Test
    void aPersonUnderAPreventionOrderDoesNotQualifyAndNeitherDoesOneWithoutAKnownQualifyingDate() {
        assertThat(NotificationReview.checkApplication(true, QUALIFYING, QUALIFYING, true))
                .extracting(Refusal::rule).containsExactly(NotificationReview.NO_PREVENTION_ORDER);
        assertThat(NotificationReview.checkApplication(true, QUALIFYING, null, false))
                .extracting(Refusal::rule).containsExactly(NotificationReview.NOT_BEFORE_QUALIFYING_DATE);
    }

    @ParameterizedTest
    @EnumSource(Rank.class)
    void superintendentAndAboveDecideNoOneBelow(Rank rank) {
        boolean senior = rank.ordinal() >= Rank.SUPERINTENDENT.ordinal();
        assertThat(NotificationReview.checkDecidingRank(rank).isEmpty()).isEqualTo(senior);
        NotificationReview.checkDecidingRank(rank).ifPresent(r -> assertThat(r.message()).contains("superintendent"));
    }

    @Test
    void theChiefInspectorIsTheHighestRankRefused() {
        assertThat(NotificationReview.checkDecidingRank(Rank.CHIEF_INSPECTOR)).isPresent();
        assertThat(NotificationReview.checkDecidingRank(Rank.SUPERINTENDENT)).isEmpty();
    }
}
