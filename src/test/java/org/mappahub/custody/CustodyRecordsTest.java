package org.mappahub.custody;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.custody.CustodyRecords.Picture;
import org.mappahub.custody.CustodyRecords.SpanInput;
import org.mappahub.custody.PreRelease.Milestone;
import org.mappahub.custody.PreRelease.Status;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.SummaryRow;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;

/**
 * The custody service as a signed-in user: spans are added, ended and corrected in the MCIF/1 record (one audited,
 * versioned change each), refused as the importer refuses them (naming the field and the rule) with nothing
 * written, a stale change refused; the expected release and the milestones of the area's own policy; the record
 * page's deadlines and summary line.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class CustodyRecordsTest {

    static final String AREA = "CUSTODYSERVICE";
    static final String USER = "cass.custody";
    static final String CHAIR = "chad.chair";

    @Autowired CustodyRecords custody;
    @Autowired CustodyOutlook outlook;
    @Autowired CaseRecords records;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired AreaPolicies policies;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;

    @BeforeEach
    void aPerson() {
        clock.set(day(2025, 1, 10));
        areas.save(new Area(AREA, "Custodyshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(USER, Role.PRACTITIONER, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        ref = changes.create(AREA, new Identity("CUSTODIAN", List.of("Carl"), LocalDate.of(1980, 5, 5), null,
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
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private <T> T as(Supplier<T> work) {
        return as(USER, Role.PRACTITIONER, work);
    }

    private int version() {
        return nominals.findByRef(ref).orElseThrow().version();
    }

    private static SpanInput span(CustodyReason reason, OrderType order, LocalDate from, LocalDate to) {
        return new SpanInput(CustodyKind.PRISON, reason, order, from, to);
    }

    @Test
    void aSpanIsAddedAndEndedInTheRecordItselfAsOneAuditedChangeEach() {
        int v1 = as(() -> custody.addSpan(ref, version(), span(CustodyReason.RECALL, null, LocalDate.of(2024, 5, 3), null)));
        Picture inside = as(() -> custody.view(ref));
        assertThat(inside.current()).isEqualTo(new CustodySpan(CustodyKind.PRISON, CustodyReason.RECALL, null,
                LocalDate.of(2024, 5, 3), null));
        assertThat(inside.version()).isEqualTo(v1);
        // the MCIF/1 record holds it: what the export and the statistics read
        assertThat(nominals.findByRef(ref).orElseThrow().record().custody()).containsExactly(inside.current());

        as(() -> custody.endSpan(ref, 0, v1, LocalDate.of(2025, 1, 2)));
        Picture outside = as(() -> custody.view(ref));
        assertThat(outside.current()).isNull();
        assertThat(outside.spans()).extracting(CustodySpan::to).containsExactly(LocalDate.of(2025, 1, 2));

        // a corrected span keeps its place; a breach of an order names the order
        as(() -> custody.editSpan(ref, 0, outside.version(), span(CustodyReason.BREACH_OF_ORDER, OrderType.SHPO,
                LocalDate.of(2024, 5, 3), LocalDate.of(2025, 1, 2))));
        assertThat(nominals.findByRef(ref).orElseThrow().record().custody()).extracting(CustodySpan::order)
                .containsExactly(OrderType.SHPO);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CHANGE' "
                + "and details::text like '%custody%'").param(ref).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anOverlappingSpanIsRefusedNamingTheFieldThatReachesIntoTheOtherAndNothingIsWritten() {
        as(() -> custody.addSpan(ref, version(), span(CustodyReason.SENTENCE, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 1, 1))));
        int before = version();
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, before, span(CustodyReason.REMAND, null,
                LocalDate.of(2020, 6, 1), null))))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems()).containsOnlyKeys("from")
                        .hasValueSatisfying(new org.assertj.core.api.Condition<>(m -> m.contains("must not overlap")
                                && m.contains("1 January 2020 to 1 January 2021"), "names the rule and the other span")));
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, before, span(CustodyReason.REMAND, null,
                LocalDate.of(2019, 6, 1), LocalDate.of(2020, 1, 2)))))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems()).containsOnlyKeys("to"));
        // a span ending on the day the next begins does not overlap it (half-open spans)
        as(() -> custody.addSpan(ref, before, span(CustodyReason.REMAND, null, LocalDate.of(2019, 6, 1),
                LocalDate.of(2020, 1, 1))));
        assertThat(version()).isEqualTo(before + 1);
        assertThat(nominals.findByRef(ref).orElseThrow().record().custody()).hasSize(2);
    }

    @Test
    void aReturnToCustodyForBreachOfAnOrderMustNameItAndNoOtherSpanMay() {
        int v = version();
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, v, span(CustodyReason.BREACH_OF_ORDER, null,
                LocalDate.of(2024, 5, 3), null))))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems()).containsOnlyKeys("order")
                        .containsValue("A return to custody for breach of an order names the order breached (MCIF/1 custody): "
                                + "no order type was given"));
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, v, span(CustodyReason.SENTENCE, OrderType.SHPO,
                LocalDate.of(2024, 5, 3), null))))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems()).containsOnlyKeys("order"));
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, v, span(CustodyReason.SENTENCE, null,
                LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 3)))))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems()).containsOnlyKeys("to")
                        .hasValueSatisfying(new org.assertj.core.api.Condition<>(m -> m.contains("ends after it begins"), "rule")));
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, v, new SpanInput(null, null, null, null, null))))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("kind", "reason", "from"));
        assertThat(version()).isEqualTo(v);
        assertThat(nominals.findByRef(ref).orElseThrow().record().custody()).isEmpty();
    }

    @Test
    void aStaleChangeIsRefusedAndChangesNothing() {
        int v = version();
        as(() -> custody.addSpan(ref, v, span(CustodyReason.SENTENCE, null, LocalDate.of(2024, 5, 3), null)));
        assertThatThrownBy(() -> as(() -> custody.addSpan(ref, v, span(CustodyReason.REMAND, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)))))
                .isInstanceOf(StaleCustodyException.class);
        assertThatThrownBy(() -> as(() -> custody.endSpan(ref, 0, v, LocalDate.of(2025, 1, 1))))
                .isInstanceOf(StaleCustodyException.class);
        assertThat(as(() -> custody.view(ref)).spans()).hasSize(1).allMatch(CustodySpan::isOpen);

        as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 2, 1), null));
        as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 3, 1), 0));
        assertThatThrownBy(() -> as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 4, 1), 0)))
                .isInstanceOf(StaleCustodyException.class);
        assertThatThrownBy(() -> as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 4, 1), null)))
                .isInstanceOf(StaleCustodyException.class);
        assertThat(as(() -> custody.view(ref)).release()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theExpectedReleaseBelongsToTheCurrentCustodyOnly() {
        assertThatThrownBy(() -> as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 2, 1), null)))
                .isInstanceOfSatisfying(InvalidCustodyException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("expectedRelease"));
        int v = version();
        as(() -> custody.addSpan(ref, v, span(CustodyReason.SENTENCE, null, LocalDate.of(2024, 5, 3), null)));
        assertThatThrownBy(() -> as(() -> custody.setExpectedRelease(ref, LocalDate.of(2025, 1, 9), null)))
                .isInstanceOf(InvalidCustodyException.class).hasMessageContaining("today or in the future");
        as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 2, 1), null));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CREATE' "
                + "and details::text like '%expectedRelease%'").param(ref).query(Long.class).single()).isEqualTo(1);

        // released, then back inside: the old date is not this custody's
        as(() -> custody.endSpan(ref, 0, version(), LocalDate.of(2025, 1, 5)));
        as(() -> custody.addSpan(ref, version(), span(CustodyReason.RECALL, null, LocalDate.of(2025, 1, 8), null)));
        Picture again = as(() -> custody.view(ref));
        assertThat(again.release()).isNull();
        assertThat(again.milestones()).isEmpty();
        assertThat(again.releaseVersion()).isZero(); // the stored row, which the next change names
    }

    @Test
    void theMilestonesAreTheAreasPolicyAndTheRecordPageShowsWhatIsDueOrOverdue() {
        TestUsers.asOperator(() -> policies.change(AREA, policies.current(AREA).version(), PolicySettings.DEFAULTS
                .withIdentifyMonthsBeforeRelease(10).withLevelSetMonthsBeforeRelease(7)
                .withFirstMeetingMonthsBeforeRelease(4), "test"));
        as(() -> custody.addSpan(ref, version(), span(CustodyReason.RECALL, null, LocalDate.of(2024, 5, 3), null)));
        as(() -> custody.setExpectedRelease(ref, LocalDate.of(2026, 2, 1), null));

        clock.set(day(2025, 8, 5));
        Picture picture = as(() -> custody.view(ref));
        assertThat(picture.milestones()).extracting(Milestone::by).containsExactly(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 1));
        assertThat(picture.milestones()).extracting(Milestone::status).containsExactly(Status.OVERDUE, Status.OVERDUE,
                Status.NOT_RECORDED);
        LocalDate today = LocalDate.of(2025, 8, 5);
        List<Deadline> due = as(() -> outlook.deadlines(records.read(ref), today));
        // release within 6 months without a level set: the level-set milestone is overdue
        assertThat(due).extracting(Deadline::what).containsExactly("Release expected",
                "Identification as MAPPA-eligible before release", "Level to be set before release");
        assertThat(due.get(2).overdueOn(today)).isTrue();
        assertThat(due).allMatch(d -> d.href().equals("/nominals/" + ref + "/custody"));
        assertThat(as(() -> outlook.summary(records.read(ref), today))).containsExactly(new SummaryRow("Custody",
                "In prison since 3 May 2024 (recall); release expected 1 February 2026", "/nominals/" + ref + "/custody"));

        // a category and a level decided in custody meet both; the first meeting shows 30 days ahead
        TestUsers.asOperator(() -> changes.amend(ref, version(), r -> withStatus(r, LocalDate.of(2025, 7, 10)),
                r -> "test", "test"));
        assertThat(as(() -> custody.view(ref)).milestones()).extracting(Milestone::status)
                .containsExactly(Status.MET, Status.MET, Status.NOT_RECORDED);
        assertThat(as(() -> outlook.deadlines(records.read(ref), today))).extracting(Deadline::what)
                .containsExactly("Release expected");
        LocalDate later = LocalDate.of(2025, 9, 2);
        assertThat(as(() -> outlook.deadlines(records.read(ref), later))).extracting(Deadline::what)
                .containsExactly("Release expected", "First level 2 or 3 meeting before release");
        // far from release: nothing to show
        assertThat(as(() -> outlook.deadlines(records.read(ref), LocalDate.of(2024, 6, 1)))).isEmpty();
    }

    private static NominalRecord withStatus(NominalRecord r, LocalDate decided) {
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                r.convictions(), List.of(new CategorySpan(2, decided, null)), List.of(new LevelSpan(2, decided, null)),
                r.custody(), r.orders(), r.events());
    }

    @Test
    void onlyTheOwningAreasEditorsChangeCustody() {
        int v = version();
        assertThatThrownBy(() -> as(CHAIR, Role.CHAIR, () -> custody.addSpan(ref, v, span(CustodyReason.SENTENCE, null,
                LocalDate.of(2024, 5, 3), null))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(CHAIR, Role.CHAIR, () -> custody.view(ref)).spans()).isEmpty();
        assertThat(version()).isEqualTo(v);
    }
}
