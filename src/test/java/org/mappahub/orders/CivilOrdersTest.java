package org.mappahub.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.interchange.ExportProgress;
import org.mappahub.interchange.ImportProgress;
import org.mappahub.interchange.McifExport;
import org.mappahub.interchange.McifImport;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.orders.CivilOrders.BreachInput;
import org.mappahub.orders.CivilOrders.ChangeInput;
import org.mappahub.orders.CivilOrders.OrderInput;

/**
 * The civil orders service as a signed-in user: orders are the record's own (the MCIF/1 fields where MCIF/1 puts
 * them, the rest in their details), every change is one versioned, audited change of the record, what the law does
 * not allow and inconsistent lifecycles are refused naming the rule with nothing written, breaches are the record's
 * events, and an MCIF/1 export carries what was entered.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class CivilOrdersTest {

    static final String AREA = "ORDERSERVICE";
    static final String USER = "olly.orders";
    static final String DTC = "dora.dtc";

    @Autowired CivilOrders orders;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired McifExport exporter;
    @Autowired McifImport importer;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPerson() {
        clock.set(LocalDate.of(2025, 7, 1).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Ordershire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(USER, Role.PRACTITIONER, AREA);
        dtcAgency = placed.place(DTC, Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("ORDERPERSON", List.of("Otto"), LocalDate.of(1975, 3, 3), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
        SecurityContextHolder.clearContext();
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

    static OrderInput shpo(LocalDate granted, LocalDate to) {
        return new OrderInput(OrderType.SHPO, granted.minusMonths(1), null, granted, null, false, granted, to,
                List.of("Not to have unsupervised contact with a child under 16"), null, List.of());
    }

    private NominalRecord stored() {
        return TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().record());
    }

    private int version() {
        return TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().version());
    }

    private void refused(OrderInput input, String field, String... words) {
        int before = version();
        assertThatThrownBy(() -> as(() -> orders.add(ref, before, input)))
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> {
                    assertThat(e.problems()).containsKey(field);
                    assertThat(e.problems().get(field)).contains(words);
                });
        assertThat(version()).as("nothing written").isEqualTo(before);
        assertThat(stored().orders()).isEmpty();
    }

    @Test
    void theIssuesRejectedOrdersAreRefusedNamingTheRuleAndNothingIsWritten() {
        LocalDate granted = LocalDate.of(2024, 1, 15);
        refused(shpo(granted, granted.plusYears(4)), "to", "An SHPO lasts at least 5 years, or until further order",
                "SOA 2003", "4 years given");
        refused(new OrderInput(OrderType.SHPO, null, null, granted, null, true, granted, null, List.of(),
                granted.plusYears(6), List.of()), "travelProhibitionEnds",
                "An SHPO's foreign travel prohibition lasts at most 5 years", "SOA 2003", "6 years given");
        refused(new OrderInput(OrderType.SRO, null, null, granted, null, false, granted, granted.plusYears(1), List.of(),
                null, List.of()), "to", "An SRO lasts at least 2 years", "SOA 2003", "1 year given");
        refused(new OrderInput(OrderType.SOPO, null, null, LocalDate.of(2015, 3, 9), null, false, null, null, List.of(),
                null, List.of()), "granted", "A SOPO can be made only before 8 March 2015", "SOA 2003");
    }

    @Test
    void inconsistentLifecyclesAreRefusedNamingTheRule() {
        LocalDate d = LocalDate.of(2024, 1, 15);
        refused(new OrderInput(OrderType.SHPO, d, null, d, d, false, null, null, List.of(), null, List.of()),
                "refused", "An order is either granted or refused, not both");
        refused(new OrderInput(OrderType.SHPO, d, null, d.minusDays(1), null, false, null, null, List.of(), null,
                List.of()), "granted", "An order is granted on or after the application");
        refused(new OrderInput(OrderType.SHPO, null, null, d, null, false, d, d.minusDays(1), List.of(), null,
                List.of()), "to", "An order's span in force ends after it begins");
        refused(new OrderInput(OrderType.SRO, null, null, d, null, true, d, d.plusYears(2), List.of(), null,
                List.of()), "foreignTravelRestriction", "Only an SHPO carries a foreign travel restriction");
        refused(new OrderInput(null, d, null, null, null, false, null, null, List.of(), null, List.of()),
                "type", "Select the type of order");
        refused(new OrderInput(OrderType.SHPO, LocalDate.of(2025, 7, 2), null, null, null, false, null, null, List.of(),
                null, List.of()), "applied", "today or in the past");
    }

    @Test
    void anOrderIsTheRecordsOwnAndEachChangeIsOneVersionedAuditedChange() {
        LocalDate granted = LocalDate.of(2021, 6, 1);
        int v0 = version();
        int v1 = as(() -> orders.add(ref, v0, new OrderInput(OrderType.SHPO, LocalDate.of(2021, 5, 1), null, granted,
                null, true, null, LocalDate.of(2026, 6, 1), List.of("No internet device without disclosure", " "),
                LocalDate.of(2026, 6, 1), List.of("Thailand", "Cambodia"))));
        assertThat(v1).isEqualTo(v0 + 1);
        CivilOrder o = stored().orders().get(0);
        assertThat(o.type()).isEqualTo(OrderType.SHPO);
        assertThat(o.from()).as("in force from the grant when no span is given").isEqualTo(granted);
        assertThat(o.foreignTravelRestriction()).isTrue();
        assertThat(o.details().prohibitions()).containsExactly("No internet device without disclosure");
        assertThat(o.details().travelCountries()).containsExactly("Thailand", "Cambodia");
        assertThat(as(() -> orders.view(ref)).orders().get(0).status()).isEqualTo(OrderStatus.IN_FORCE);

        // varied, then renewed with a new end of the order and of the travel prohibition (from the renewal)
        int v2 = as(() -> orders.recordChange(ref, v1, 0, new ChangeInput(OrderChangeKind.VARIED,
                LocalDate.of(2023, 2, 1), "Prohibition on contact with the victim's family added", null, null)));
        int v3 = as(() -> orders.recordChange(ref, v2, 0, new ChangeInput(OrderChangeKind.RENEWED,
                LocalDate.of(2025, 5, 1), "Renewed for five years", LocalDate.of(2031, 6, 1), LocalDate.of(2030, 5, 1))));
        o = stored().orders().get(0);
        assertThat(o.to()).isEqualTo(LocalDate.of(2031, 6, 1));
        assertThat(o.details().travelProhibitionEnds()).isEqualTo(LocalDate.of(2030, 5, 1));
        assertThat(o.details().changes()).extracting(c -> c.kind())
                .containsExactly(OrderChangeKind.VARIED, OrderChangeKind.RENEWED);
        assertThat(as(() -> orders.view(ref)).orders().get(0).status()).isEqualTo(OrderStatus.RENEWED);

        // a correction keeps the court's changes; a discharge ends the span in force on its date
        int v4 = as(() -> orders.edit(ref, v3, 0, new OrderInput(OrderType.SHPO, LocalDate.of(2021, 5, 1), null,
                granted, null, true, granted, LocalDate.of(2031, 6, 1), List.of("A corrected prohibition"),
                LocalDate.of(2030, 5, 1), List.of())));
        assertThat(stored().orders().get(0).details().changes()).hasSize(2);
        int v5 = as(() -> orders.recordChange(ref, v4, 0, new ChangeInput(OrderChangeKind.DISCHARGED,
                LocalDate.of(2025, 6, 30), "Discharged on application", null, null)));
        assertThat(stored().orders().get(0).to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(as(() -> orders.view(ref)).orders().get(0).status()).isEqualTo(OrderStatus.DISCHARGED);
        assertThatThrownBy(() -> as(() -> orders.recordChange(ref, v5, 0, new ChangeInput(OrderChangeKind.VARIED,
                LocalDate.of(2025, 7, 1), "Too late", null, null))))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("discharged");

        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CHANGE' "
                + "and details::text like '%orders%' and actor = ?").params(ref, USER).query(Long.class).single())
                .isEqualTo(5);
    }

    @Test
    void aRenewalThatBreaksTheLawIsRefusedNamingTheRule() {
        int v1 = as(() -> orders.add(ref, version(), new OrderInput(OrderType.SHPO, null, null, LocalDate.of(2021, 6, 1),
                null, true, null, null, List.of(), LocalDate.of(2026, 6, 1), List.of())));
        assertThatThrownBy(() -> as(() -> orders.recordChange(ref, v1, 0, new ChangeInput(OrderChangeKind.RENEWED,
                LocalDate.of(2025, 5, 1), "Renewed", null, LocalDate.of(2031, 5, 1)))))
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> assertThat(e.problems().get("newTravelEnd"))
                        .contains("foreign travel prohibition lasts at most 5 years"));
        assertThat(version()).isEqualTo(v1);
    }

    @Test
    void aStaleChangeIsRefusedAndNothingIsWritten() {
        int v0 = version();
        as(() -> orders.add(ref, v0, shpo(LocalDate.of(2024, 1, 15), null)));
        assertThatThrownBy(() -> as(() -> orders.add(ref, v0, shpo(LocalDate.of(2024, 2, 15), null))))
                .isInstanceOf(StaleNominalException.class);
        assertThat(stored().orders()).hasSize(1);
    }

    @Test
    void breachesAreTheRecordsEventsAndAnSroBreachSaysWhetherItMadeThePersonNotifiable() {
        int v1 = as(() -> orders.add(ref, version(), new OrderInput(OrderType.SRO, null, null, LocalDate.of(2023, 1, 10),
                null, false, null, LocalDate.of(2026, 1, 10), List.of("Not to approach schools"), null, List.of())));
        assertThatThrownBy(() -> as(() -> orders.recordBreach(ref, v1, new BreachInput(0, LocalDate.of(2024, 5, 1),
                Outcome.CONVICTED, null))))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        e -> assertThat(e.problems()).containsKey("becameNotifiable"));
        assertThatThrownBy(() -> as(() -> orders.recordBreach(ref, v1, new BreachInput(0, LocalDate.of(2022, 5, 1),
                Outcome.CONVICTED, true))))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        e -> assertThat(e.problems().get("date")).contains("once it is in force"));
        as(() -> orders.recordBreach(ref, v1, new BreachInput(0, LocalDate.of(2024, 5, 1), Outcome.CONVICTED, true)));
        assertThat(stored().events()).extracting(NominalRecord.NominalEvent::type)
                .containsExactly(EventType.ORDER_BREACH, EventType.SRO_BREACH);
        assertThat(stored().events().get(0).order()).isEqualTo(OrderType.SRO);
        assertThat(stored().events().get(0).outcome()).isEqualTo(Outcome.CONVICTED);
        assertThat(stored().events().get(1).becameNotifiable()).isTrue();
    }

    @Test
    void aDtcRepresentativeOfASharedCaseNeitherReadsNorChangesOrders() {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited", "operator:test"));
        assertThatThrownBy(() -> as(DTC, Role.DTC_REPRESENTATIVE, () -> orders.view(ref)))
                .isInstanceOf(AccessRefusedException.class);
        int v = version();
        assertThatThrownBy(() -> as(DTC, Role.DTC_REPRESENTATIVE, () -> orders.add(ref, v,
                shpo(LocalDate.of(2024, 1, 15), null))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(stored().orders()).isEmpty();
    }

    @Test
    void anMcifExportAfterAnEditCarriesTheOrderButNotTheApplicationOnlyDetails() throws Exception {
        as(() -> orders.add(ref, version(), new OrderInput(OrderType.SHPO, LocalDate.of(2021, 5, 1), null,
                LocalDate.of(2021, 6, 1), null, true, null, LocalDate.of(2026, 6, 1), List.of("A secret prohibition"),
                LocalDate.of(2026, 6, 1), List.of("Thailand"))));
        String file = TestUsers.asOperator(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(AREA, out, "operator:test", ExportProgress.NONE);
            return out.toString(StandardCharsets.UTF_8);
        });
        String line = file.lines().filter(l -> l.contains(ref)).findFirst().orElseThrow();
        assertThat(line).contains("\"orders\":[{").contains("\"type\":\"SHPO\"").contains("\"granted\":\"2021-06-01\"")
                .contains("\"foreignTravelRestriction\":true").contains("\"from\":\"2021-06-01\"")
                .contains("\"to\":\"2026-06-01\"").doesNotContain("secret").doesNotContain("Thailand")
                .doesNotContain("details");
    }

    @Test
    void anImportedOrderHasNoDetails() throws Exception {
        String other = "ORD-IMPORTED-1";
        String file = "{\"recordType\":\"area\",\"code\":\"" + AREA + "\",\"name\":\"Ordershire\"}\n"
                + "{\"recordType\":\"nominal\",\"ref\":\"" + other + "\",\"area\":\"" + AREA + "\","
                + "\"person\":{\"familyName\":\"IMPORTED\",\"givenNames\":[],\"dateOfBirth\":\"1970-01-01\"},"
                + "\"orders\":[{\"type\":\"SHPO\",\"granted\":\"2018-06-01\",\"from\":\"2018-06-01\",\"to\":\"2023-06-01\"}]}\n";
        TestUsers.asOperator(() -> {
            try {
                return importer.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "t.jsonl",
                        false, "operator:test", ImportProgress.NONE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CivilOrder imported = TestUsers.asOperator(() -> nominals.findByRef(other).orElseThrow().record().orders().get(0));
        assertThat(imported.details()).isNull();
        assertThat(jdbc.sql("select count(*) from civil_order c join nominal n on n.id = c.nominal_id "
                + "where n.ref = ? and c.details is null").param(other).query(Long.class).single()).isEqualTo(1);
    }
}
