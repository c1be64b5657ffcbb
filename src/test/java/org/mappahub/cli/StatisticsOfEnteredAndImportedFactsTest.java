package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.audit.AuditTrail;
import org.mappahub.custody.CustodyRecords;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.notification.BreachesAndReviews;
import org.mappahub.orders.CivilOrders;
import org.mappahub.referral.Referrals;
import org.mappahub.referral.Referrals.Decision;

/**
 * The same facts entered through the application's services (a referral accepted at level 2, a custody RECALL span,
 * an SHPO, a notification breach) in one area, and imported as MCIF/1 in another, give the same statistics JSON from
 * {@code mappa stats} but for the area's name — and those figures are the ones the spec defines. Each run is audited
 * as the operator with the command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MovableClock.Config.class)
class StatisticsOfEnteredAndImportedFactsTest {

    static final String ENTERED = "STATSENTERED";
    static final String IMPORTED = "STATSIMPORTED";
    static final String PRACTITIONER = "stats.agree.practitioner";
    static final String COORDINATOR = "stats.agree.coordinator";
    static final String CHAIR = "stats.agree.chair";

    @Autowired NominalChanges changes;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Referrals referrals;
    @Autowired CustodyRecords custody;
    @Autowired CivilOrders orders;
    @Autowired BreachesAndReviews enforcement;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    @Test
    void factsEnteredInTheApplicationAndImportedGiveTheSameStatistics() throws Exception {
        areas.save(new Area(ENTERED, "Statsentered", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(PRACTITIONER, Role.PRACTITIONER, ENTERED);
        placed.place(COORDINATOR, Role.COORDINATOR, ENTERED);
        placed.place(CHAIR, Role.CHAIR, ENTERED);
        enterFacts();

        Path file = Files.createTempDirectory("stats-agree").resolve("agree.jsonl");
        Files.writeString(file, """
                {"recordType":"area","code":"STATSIMPORTED","name":"Statsimported"}
                {"recordType":"nominal","ref":"STI-000001","area":"STATSIMPORTED","person":{"familyName":"AGREE","givenNames":["ADA"],"dateOfBirth":"1980-02-03"},"categories":[{"category":1,"from":"2026-05-08","to":null}],"levels":[{"level":2,"from":"2026-05-08","to":null}],"custody":[{"kind":"PRISON","reason":"RECALL","from":"2026-07-01","to":"2026-09-01"}],"orders":[{"type":"SHPO","applied":"2026-05-10","interim":null,"granted":"2026-06-01","refused":null,"foreignTravelRestriction":false,"from":"2026-06-01","to":null}],"events":[{"type":"NOTIFICATION_BREACH","date":"2026-06-15","outcome":"CONVICTED"}]}
                """);
        assertThat(StatsRun.of("import", file.toString()).exit()).isZero();
        long before = trail.head().id();

        StatsRun entered = StatsRun.of("stats", "--area", ENTERED, "--year", "2026");
        StatsRun imported = StatsRun.of("stats", "--area", IMPORTED, "--year", "2026");

        assertThat(entered.exit()).as(entered.err()).isZero();
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode fromApplication = withoutArea(StatsRun.JSON.readTree(entered.out()));
        JsonNode fromFile = withoutArea(StatsRun.JSON.readTree(imported.out()));
        assertThat(StatsRun.canonical(fromApplication.toString())).isEqualTo(StatsRun.canonical(fromFile.toString()));
        assertThat(fromApplication.at("/eligibleOnSnapshot/level2/cat1").asLong()).isEqualTo(1);
        assertThat(fromApplication.at("/levels23YearTotal/level2/cat1").asLong()).isEqualTo(1);
        assertThat(fromApplication.at("/returnedToCustody/breachOfLicence/level2/cat1").asLong()).isEqualTo(1);
        assertThat(fromApplication.at("/notificationBreaches").asLong()).isEqualTo(1);
        assertThat(fromApplication.at("/orders/SHPO/applied").asLong()).isEqualTo(1);
        assertThat(fromApplication.at("/restrictiveOrders/SHPO").asLong()).isEqualTo(1);

        String user = System.getProperty("user.name");
        assertThat(jdbc.sql("select action || ' ' || subject || ' ' || actor || ' ' || details from audit_entry where id > ? order by id")
                .param(before).query(String.class).list()).containsExactly(
                "STATISTICS_PRODUCED statistics:" + ENTERED + ":2026 operator:" + user + " (mappa stats --area " + ENTERED
                        + " --year 2026 --format json) {\"area\":\"" + ENTERED + "\",\"year\":2026,\"format\":\"json\",\"marking\":\"OFFICIAL\"}",
                "STATISTICS_PRODUCED statistics:" + IMPORTED + ":2026 operator:" + user + " (mappa stats --area " + IMPORTED
                        + " --year 2026 --format json) {\"area\":\"" + IMPORTED + "\",\"year\":2026,\"format\":\"json\",\"marking\":\"OFFICIAL\"}");
    }

    /** As users would: the practitioner refers, the co-ordinator accepts at level 2, then custody, order, breach. */
    private void enterFacts() {
        clock.set(day(2026, 5, 4));
        String ref = changes.create(ENTERED, new Identity("AGREE", List.of("ADA"), LocalDate.of(1980, 2, 3), null, null,
                null, null, null, null), PRACTITIONER);
        Referrals.Referral referral = TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER, () -> referrals.submit(ref,
                new Referrals.Input(1, null, null, null, null, "1 Approved Street", "Rape", "8 years' imprisonment", null,
                        null, null, false, null, "Sexual offender in the community", 2)));
        clock.set(day(2026, 5, 8));
        TestUsers.signedIn(COORDINATOR, Role.COORDINATOR,
                () -> referrals.screen(ref, referral.id(), referral.version(), new Referrals.Screening(Decision.ACCEPTED, 2,
                        CHAIR, null, null)));
        clock.set(day(2026, 10, 1));
        TestUsers.signedIn(COORDINATOR, Role.COORDINATOR, () -> {
            int v = custody.view(ref).version();
            v = custody.addSpan(ref, v, new CustodyRecords.SpanInput(NominalRecord.CustodyKind.PRISON,
                    NominalRecord.CustodyReason.RECALL, null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1)));
            v = orders.add(ref, v, new CivilOrders.OrderInput(NominalRecord.OrderType.SHPO, LocalDate.of(2026, 5, 10), null,
                    LocalDate.of(2026, 6, 1), null, false, LocalDate.of(2026, 6, 1), null, List.of("Not to use the internet"),
                    null, List.of()));
            return enforcement.recordBreach(ref, v, BreachesAndReviews.BreachOutcome.CONVICTED, LocalDate.of(2026, 6, 15));
        });
    }

    private static JsonNode withoutArea(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        copy.remove("area");
        ((ObjectNode) copy.get("previousYear")).remove("area");
        return copy;
    }

    static Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
