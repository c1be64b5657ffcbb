package org.mappahub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.notification.NotificationRequirements.NextDue;
import org.mappahub.notification.NotificationRequirements.Picture;
import org.mappahub.notification.NotificationRequirements.Requirement;
import org.mappahub.rules.Disposal;

/**
 * The notification requirement service as a signed-in user: the period is the rules module's, the next
 * notification is due a year after the last of any kind, overdue by the injected clock; a stale edit is refused;
 * every change is audited.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class NotificationRequirementsTest {

    static final String AREA = "NOTIFSERVICE";
    static final String USER = "nell.notifier";
    static final String CHAIR = "nora.chair";

    @Autowired NotificationRequirements requirements;
    @Autowired NominalChanges changes;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String adult;
    String child;

    @BeforeEach
    void twoPeople() {
        clock.set(day(2025, 1, 10));
        areas.save(new Area(AREA, "Notifyshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(USER, Role.PRACTITIONER, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        adult = changes.create(AREA, new Identity("ADULTNOTIFY", List.of("Alan"), LocalDate.of(1980, 5, 5), null,
                null, null, null, null, null), "test");
        child = changes.create(AREA, new Identity("YOUNGNOTIFY", List.of("Yan"), LocalDate.of(2008, 6, 1), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
        SecurityContextHolder.clearContext();
    }

    static Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        return TestUsers.signedIn(user, role, work);
    }

    private <T> T as(Supplier<T> work) {
        return as(USER, Role.PRACTITIONER, work);
    }

    @Test
    void thePeriodIsTheRulesModulesFromTheDisposalAndTheAgeOnTheConvictionDate() {
        Requirement r = as(() -> requirements.recordRequirement(adult, Disposal.IMPRISONMENT, 18, LocalDate.of(2024, 3, 1), null));
        assertThat(r.period()).isEqualTo("P10Y");
        assertThat(r.endsOn()).isEqualTo(LocalDate.of(2034, 3, 1));
        assertThat(r.ageAtConviction()).isEqualTo(43);

        // 16 on the conviction date: the fixed period is halved (SOA 2003 s.82)
        Requirement young = as(() -> requirements.recordRequirement(child, Disposal.CAUTION, null, LocalDate.of(2024, 9, 1), null));
        assertThat(young.period()).isEqualTo("P1Y");
        assertThat(young.endsOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(young.ageAtConviction()).isEqualTo(16);

        // 30 months or more: indefinite, no end
        Requirement changed = as(() -> requirements.recordRequirement(adult, Disposal.IMPRISONMENT, 30, LocalDate.of(2024, 3, 1), 0));
        assertThat(changed.indefinite()).isTrue();
        assertThat(changed.period()).isEqualTo("INDEFINITE");
        assertThat(changed.endsOn()).isNull();
        assertThat(changed.version()).isEqualTo(1);

        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action in ('CREATE', 'CHANGE') "
                + "and details::text like '%notificationRequirement%'").param(adult).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void inputTheLawDoesNotAllowIsRefusedNamingTheRuleAndNothingIsWritten() {
        assertThatThrownBy(() -> as(() -> requirements.recordRequirement(adult, Disposal.IMPRISONMENT, null,
                LocalDate.of(2024, 3, 1), null)))
                .isInstanceOf(InvalidNotificationException.class)
                .hasMessageContaining("s.82");
        assertThatThrownBy(() -> as(() -> requirements.recordRequirement(adult, Disposal.FINE, null,
                LocalDate.of(2025, 3, 1), null)))
                .isInstanceOf(InvalidNotificationException.class)
                .hasMessageContaining("today or in the past");
        assertThat(as(() -> requirements.view(adult)).requirement()).isNull();
    }

    @Test
    void theNextNotificationIsDueAYearAfterTheLastOfAnyKindAndOverdueByTheClock() {
        as(() -> requirements.recordRequirement(adult, Disposal.IMPRISONMENT, 18, LocalDate.of(2024, 3, 1), null));
        // Before any notification: the initial one, within 3 days beginning with the conviction date (s.83)
        NextDue initial = as(() -> requirements.view(adult)).nextDue();
        assertThat(initial.due()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(initial.overdue()).isTrue();

        as(() -> requirements.recordNotification(adult, NotificationKind.INITIAL, LocalDate.of(2024, 3, 2), null));
        assertThat(as(() -> requirements.view(adult)).nextDue().due()).isEqualTo(LocalDate.of(2025, 3, 2));

        as(() -> requirements.recordNotification(adult, NotificationKind.CHANGE_OF_ADDRESS, LocalDate.of(2024, 8, 10), "New flat"));
        Picture picture = as(() -> requirements.view(adult));
        assertThat(picture.notifications()).extracting(NotificationRequirements.Notification::kind)
                .containsExactly(NotificationKind.CHANGE_OF_ADDRESS, NotificationKind.INITIAL);
        assertThat(picture.nextDue()).isEqualTo(new NextDue(LocalDate.of(2025, 8, 10), false, 212));

        clock.set(day(2025, 8, 5));
        assertThat(as(() -> requirements.view(adult)).nextDue()).isEqualTo(new NextDue(LocalDate.of(2025, 8, 10), false, 5));
        clock.set(day(2025, 8, 10));
        assertThat(as(() -> requirements.view(adult)).nextDue()).isEqualTo(new NextDue(LocalDate.of(2025, 8, 10), false, 0));
        clock.set(day(2025, 8, 12));
        assertThat(as(() -> requirements.view(adult)).nextDue()).isEqualTo(new NextDue(LocalDate.of(2025, 8, 10), true, -2));

        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CREATE' "
                + "and details::text like '%CHANGE_OF_ADDRESS%'").param(adult).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void nothingIsDueOnceTheRequirementHasEnded() {
        as(() -> requirements.recordRequirement(child, Disposal.CAUTION, null, LocalDate.of(2024, 9, 1), null));
        as(() -> requirements.recordNotification(child, NotificationKind.INITIAL, LocalDate.of(2024, 9, 2), null));
        // a year after 2 September 2024 is after the requirement ends on 1 September 2025
        assertThat(as(() -> requirements.view(child)).nextDue()).isNull();
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        as(() -> requirements.recordRequirement(adult, Disposal.FINE, null, LocalDate.of(2024, 3, 1), null));
        as(() -> requirements.recordRequirement(adult, Disposal.CAUTION, null, LocalDate.of(2024, 3, 1), 0));
        assertThatThrownBy(() -> as(() -> requirements.recordRequirement(adult, Disposal.LIFE, null, LocalDate.of(2024, 3, 1), 0)))
                .isInstanceOf(StaleRequirementException.class);
        // someone recorded it meanwhile: a "new" requirement over an existing one is stale too
        assertThatThrownBy(() -> as(() -> requirements.recordRequirement(adult, Disposal.LIFE, null, LocalDate.of(2024, 3, 1), null)))
                .isInstanceOf(StaleRequirementException.class);
        Requirement stored = as(() -> requirements.view(adult)).requirement();
        assertThat(stored.disposal()).isEqualTo(Disposal.CAUTION);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void onlyTheOwningAreasEditorsRecord() {
        assertThatThrownBy(() -> as(CHAIR, Role.CHAIR, () -> requirements.recordNotification(adult,
                NotificationKind.PERIODIC, LocalDate.of(2024, 3, 2), null)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(CHAIR, Role.CHAIR, () -> requirements.view(adult)).notifications()).isEmpty();
    }
}
