package org.mappahub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.notification.NotificationRequirements.NextDue;
import org.mappahub.notification.NotificationRequirements.Notification;
import org.mappahub.notification.NotificationRequirements.Requirement;
import org.mappahub.rules.Disposal;

/** Time in custody does not count towards the notification deadlines (SOA 2003 ss.83(6), 85(3)). */
class NextDueInCustodyTest {

    static final Requirement INDEFINITE = new Requirement(LocalDate.of(2020, 1, 10), Disposal.IMPRISONMENT, 36, 30,
            "INDEFINITE", null, null, 0);
    static final List<Notification> LAST_1_MARCH_2025 = List.of(
            new Notification(1, NotificationKind.PERIODIC, LocalDate.of(2025, 3, 1), null, "p"));

    static CustodySpan custody(LocalDate from, LocalDate to) {
        return new CustodySpan(CustodyKind.PRISON, CustodyReason.REMAND, null, from, to);
    }

    @Test
    void withoutCustodyThePeriodicNotificationIsAYearAfterTheLast() {
        NextDue next = NotificationRequirements.nextDue(INDEFINITE, LAST_1_MARCH_2025, List.of(), LocalDate.of(2026, 3, 3));
        assertThat(next).isEqualTo(new NextDue(LocalDate.of(2026, 3, 1), true, -2));
    }

    @Test
    void aYearEndingInCustodyIsDueOnTheThirdDayAfterRelease() {
        // remanded 20 February 2026 to 10 March 2026 (released on the 10th): the year ended inside; 3 days from release
        NextDue next = NotificationRequirements.nextDue(INDEFINITE, LAST_1_MARCH_2025,
                List.of(custody(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 10))), LocalDate.of(2026, 3, 11));
        assertThat(next).isEqualTo(new NextDue(LocalDate.of(2026, 3, 12), false, 1));
    }

    @Test
    void stillInCustodyWhenItWouldFallDueItIsDueOnReleaseAndNotOverdue() {
        NextDue next = NotificationRequirements.nextDue(INDEFINITE, LAST_1_MARCH_2025,
                List.of(custody(LocalDate.of(2026, 2, 20), null)), LocalDate.of(2026, 9, 1));
        assertThat(next.awaitingRelease()).isTrue();
        assertThat(next.due()).isNull();
        assertThat(next.overdue()).isFalse();
        assertThat(next.inCustodySince()).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void overdueBeforeCustodyBeganStaysOverdue() {
        NextDue next = NotificationRequirements.nextDue(INDEFINITE, LAST_1_MARCH_2025,
                List.of(custody(LocalDate.of(2026, 4, 1), null)), LocalDate.of(2026, 4, 2));
        assertThat(next).isEqualTo(new NextDue(LocalDate.of(2026, 3, 1), true, -32));
    }

    @Test
    void aCustodySpanThatEndedBeforeTheYearEndsChangesNothing() {
        NextDue next = NotificationRequirements.nextDue(INDEFINITE, LAST_1_MARCH_2025,
                List.of(custody(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1))), LocalDate.of(2026, 2, 27));
        assertThat(next).isEqualTo(new NextDue(LocalDate.of(2026, 3, 1), false, 2));
    }
}
