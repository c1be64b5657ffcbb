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
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.notification.BreachesAndReviews.BreachOutcome;
import org.mappahub.notification.BreachesAndReviews.Decision;
import org.mappahub.notification.BreachesAndReviews.Review;
import org.mappahub.notification.NotificationRequirements.Picture;
import org.mappahub.rules.Disposal;
import org.mappahub.rules.NotificationReview.Rank;

/**
 * Breaches and reviews of notification as a signed-in practitioner: breaches and decisions land on the person's
 * record as its MCIF/1 events (what exports and the statistics count); an application is refused before the
 * qualifying date, for a fixed period and while one is pending; a decision below superintendent is refused; a
 * revocation ends the requirement and the notifications due; a refusal moves the next qualifying date 8 years on.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class BreachesAndReviewsTest {

    static final String AREA = "BREACHSHIRE";
    static final String USER = "bree.breach";

    @Autowired BreachesAndReviews enforcement;
    @Autowired NotificationRequirements requirements;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;

    @BeforeEach
    void aPersonUnderIndefiniteNotification() {
        clock.set(day(2025, 1, 10));
        areas.save(new Area(AREA, "Breachshire", List.of(), List.of()));
        new TestUsers(users, agencies).place(USER, Role.PRACTITIONER, AREA);
        new TestUsers(users, agencies).place("dee.dtc", Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("BREACHPERSON", List.of("Bob"), LocalDate.of(1970, 5, 5), null,
                null, null, null, null, null), "test");
        // Life, convicted on 1 March 2005; first notification after release on 3 March 2005: qualifies 3 March 2020.
        as(() -> requirements.recordRequirement(ref, Disposal.LIFE, null, LocalDate.of(2005, 3, 1), null));
        as(() -> requirements.recordNotification(ref, NotificationKind.INITIAL, LocalDate.of(2005, 3, 3), null));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBreachIsAnEventOfTheRecordAndItsOutcomeCanBeDecidedLater() {
        Picture before = as(() -> requirements.view(ref));
        int version = before.enforcement().recordVersion();

        as(() -> enforcement.recordBreach(ref, version, BreachOutcome.PENDING, LocalDate.of(2024, 11, 2)));
        NominalRecord record = nominals.findByRef(ref).orElseThrow().record();
        assertThat(record.events()).containsExactly(new NominalEvent(EventType.NOTIFICATION_BREACH,
                LocalDate.of(2024, 11, 2), Outcome.PENDING, null, null, null, null, null));

        Picture after = as(() -> requirements.view(ref));
        var breach = after.enforcement().breaches().get(0);
        as(() -> enforcement.changeBreach(ref, after.enforcement().recordVersion(), breach.position(),
                BreachOutcome.CONVICTED, LocalDate.of(2025, 1, 6)));
        assertThat(nominals.findByRef(ref).orElseThrow().record().events()).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.CONVICTED);
                    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 1, 6));
                });
        // made against the version read before the change: refused, nothing written
        assertThatThrownBy(() -> as(() -> enforcement.recordBreach(ref, version, BreachOutcome.CAUTIONED,
                LocalDate.of(2025, 1, 1)))).isInstanceOf(StaleNominalException.class);
        assertThat(nominals.findByRef(ref).orElseThrow().record().events()).hasSize(1);
    }

    @Test
    void aBreachWithoutAnOutcomeOrInTheFutureIsRefusedNamingTheField() {
        int version = as(() -> requirements.view(ref)).enforcement().recordVersion();
        assertThatThrownBy(() -> as(() -> enforcement.recordBreach(ref, version, null, LocalDate.of(2025, 2, 1))))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e ->
                        assertThat(e.problems()).containsKeys("outcome", "breachDate"));
        assertThat(nominals.findByRef(ref).orElseThrow().record().events()).isEmpty();
    }

    @Test
    void anApplicationIsRefusedTheDayBeforeTheQualifyingDateAndAcceptedOnIt() {
        assertThat(as(() -> requirements.view(ref)).enforcement().qualifyingDate()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThatThrownBy(() -> as(() -> enforcement.recordApplication(ref, LocalDate.of(2020, 3, 2))))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e ->
                        assertThat(e.problems().get("appliedOn")).contains("qualifying date", "s.91B"));

        Review made = as(() -> enforcement.recordApplication(ref, LocalDate.of(2020, 3, 3)));
        assertThat(made.pending()).isTrue();
        assertThat(made.qualifyingDate()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThatThrownBy(() -> as(() -> enforcement.recordApplication(ref, LocalDate.of(2020, 4, 1))))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e ->
                        assertThat(e.problems().get("appliedOn")).contains("already waiting"));
    }

    @Test
    void theQualifyingDateRunsFromTheFirstNotificationAfterReleaseAndIs8YearsForAChild() {
        String young = changes.create(AREA, new Identity("YOUNGBREACH", List.of("Yves"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
        as(() -> requirements.recordRequirement(young, Disposal.IMPRISONMENT, 48, LocalDate.of(2006, 6, 1), null));
        as(() -> requirements.recordNotification(young, NotificationKind.INITIAL, LocalDate.of(2006, 6, 2), null));
        var stored = nominals.findByRef(young).orElseThrow();
        changes.amend(young, stored.version(), r -> new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(),
                r.addresses(), r.areas(), r.convictions(), r.categories(), r.levels(),
                List.of(new NominalRecord.CustodySpan(NominalRecord.CustodyKind.PRISON, NominalRecord.CustodyReason.SENTENCE,
                        null, LocalDate.of(2006, 6, 1), LocalDate.of(2008, 6, 1))), r.orders(), r.events()), r -> null, "test");
        as(() -> requirements.recordNotification(young, NotificationKind.INITIAL, LocalDate.of(2008, 6, 3), null));

        // 16 at conviction: 8 years from 3 June 2008, the first notification after release
        assertThat(as(() -> requirements.view(young)).enforcement().qualifyingDate()).isEqualTo(LocalDate.of(2016, 6, 3));
    }

    @Test
    void aFixedPeriodCannotBeReviewed() {
        String fixed = changes.create(AREA, new Identity("FIXEDBREACH", List.of("Fay"), LocalDate.of(1970, 1, 1), null,
                null, null, null, null, null), "test");
        as(() -> requirements.recordRequirement(fixed, Disposal.IMPRISONMENT, 12, LocalDate.of(2020, 1, 1), null));
        assertThatThrownBy(() -> as(() -> enforcement.recordApplication(fixed, LocalDate.of(2024, 1, 1))))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e ->
                        assertThat(e.problems().get("appliedOn")).contains("Only indefinite", "s.91A"));
    }

    @Test
    void aDecisionBelowSuperintendentIsRefusedNamingTheRule() {
        Review made = as(() -> enforcement.recordApplication(ref, LocalDate.of(2024, 6, 1)));
        assertThatThrownBy(() -> as(() -> enforcement.recordDecision(ref, made.id(), made.version(), Decision.REVOKED,
                LocalDate.of(2024, 8, 1), "DCI Ward", Rank.CHIEF_INSPECTOR, null)))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e ->
                        assertThat(e.problems().get("rank")).contains("superintendent", "s.91C"));
        assertThat(nominals.findByRef(ref).orElseThrow().record().events()).isEmpty();
    }

    @Test
    void aRevocationEndsTheRequirementAndIsAnEventOfTheRecord() {
        Review made = as(() -> enforcement.recordApplication(ref, LocalDate.of(2024, 6, 1)));
        Review decided = as(() -> enforcement.recordDecision(ref, made.id(), made.version(), Decision.REVOKED,
                LocalDate.of(2024, 8, 1), "Supt Hale", Rank.SUPERINTENDENT, "Low risk, no further offending"));

        assertThat(decided.decision()).isEqualTo(Decision.REVOKED);
        Picture picture = as(() -> requirements.view(ref));
        assertThat(picture.requirement().revokedOn()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(picture.nextDue()).isNull();
        assertThat(nominals.findByRef(ref).orElseThrow().record().events()).extracting(NominalEvent::type, NominalEvent::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.NOTIFICATION_REVOKED, LocalDate.of(2024, 8, 1)));
        // deciding it again from the same version is stale
        assertThatThrownBy(() -> as(() -> enforcement.recordDecision(ref, made.id(), made.version(), Decision.CONTINUED,
                LocalDate.of(2024, 8, 2), "Supt Hale", Rank.SUPERINTENDENT, null)))
                .isInstanceOf(StaleRequirementException.class);
    }

    @Test
    void aRefusalMovesTheNextQualifyingDate8YearsOn() {
        Review made = as(() -> enforcement.recordApplication(ref, LocalDate.of(2024, 6, 1)));
        as(() -> enforcement.recordDecision(ref, made.id(), made.version(), Decision.CONTINUED, LocalDate.of(2024, 8, 1),
                "Ch Supt Lee", Rank.CHIEF_SUPERINTENDENT, null));

        assertThat(as(() -> requirements.view(ref)).enforcement().qualifyingDate()).isEqualTo(LocalDate.of(2032, 8, 1));
        assertThat(nominals.findByRef(ref).orElseThrow().record().events()).extracting(NominalEvent::type)
                .containsExactly(EventType.NOTIFICATION_REVIEW_REFUSED);
        assertThatThrownBy(() -> as(() -> enforcement.recordApplication(ref, LocalDate.of(2025, 1, 1))))
                .isInstanceOf(InvalidNotificationException.class);
    }

    @Test
    void aDutyToCooperateAgencyCannotRecordABreach() {
        int version = as(() -> requirements.view(ref)).enforcement().recordVersion();
        assertThatThrownBy(() -> as("dee.dtc", Role.DTC_REPRESENTATIVE, () -> enforcement.recordBreach(ref, version,
                BreachOutcome.PENDING, LocalDate.of(2024, 1, 1)))).isInstanceOf(AccessRefusedException.class);
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
}
