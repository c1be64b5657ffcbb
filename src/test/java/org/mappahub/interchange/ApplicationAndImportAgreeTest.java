package org.mappahub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.custody.CustodyRecords;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.Nominals;
import org.mappahub.notification.BreachesAndReviews;
import org.mappahub.orders.CivilOrders;

/**
 * The same facts entered through the application's services and imported as an MCIF/1 line are the same record:
 * their exports agree field for field (but for the ref). Statistics are computed from that record, so this is what
 * makes them agree too. Covers what this issue lets users enter: custody spans, civil orders, breaches of orders and
 * of the notification requirements.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class ApplicationAndImportAgreeTest {

    static final String AREA = "AGREESHIRE";
    static final String USER = "agnes.agree";

    @Autowired McifImport importer;
    @Autowired McifExport exporter;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CustodyRecords custody;
    @Autowired CivilOrders orders;
    @Autowired BreachesAndReviews enforcement;
    @Autowired MovableClock clock;

    final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    @Test
    void factsEnteredInTheApplicationExportAsTheSameLineAsTheImportedOne() throws Exception {
        clock.set(LocalDate.of(2025, 6, 1).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Agreeshire", List.of(), List.of()));
        new TestUsers(users, agencies).place(USER, Role.PRACTITIONER, AREA);
        String imported = """
                {"recordType":"nominal","ref":"AGR-900001","area":"AGREESHIRE",
                 "person":{"familyName":"AGREE","givenNames":["ADAM"],"dateOfBirth":"1980-02-03"},
                 "custody":[{"kind":"PRISON","reason":"RECALL","from":"2024-01-10","to":"2024-06-01"}],
                 "orders":[{"type":"SHPO","applied":"2023-01-05","interim":null,"granted":"2023-02-01","refused":null,
                            "foreignTravelRestriction":false,"from":"2023-02-01","to":null}],
                 "events":[{"type":"ORDER_BREACH","date":"2024-05-01","order":"SHPO","outcome":"PENDING"},
                           {"type":"NOTIFICATION_BREACH","date":"2024-03-01","outcome":"CONVICTED"}]}
                """.replace("\n", "");
        ImportSummary summary = importer.importFile(new ByteArrayInputStream((imported + "\n").getBytes(StandardCharsets.UTF_8)),
                "agree.jsonl", false, "operator:test", ImportProgress.NONE);
        assertThat(summary.ok()).as(summary.toString()).isTrue();

        String entered = TestUsers.signedIn(USER, Role.PRACTITIONER, () -> {
            String ref = changes.create(AREA, new Identity("AGREE", List.of("ADAM"), LocalDate.of(1980, 2, 3), null, null,
                    null, null, null, null), USER);
            int v = custody.addSpan(ref, 0, new CustodyRecords.SpanInput(NominalRecord.CustodyKind.PRISON,
                    NominalRecord.CustodyReason.RECALL, null, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 6, 1)));
            v = orders.add(ref, v, new CivilOrders.OrderInput(NominalRecord.OrderType.SHPO, LocalDate.of(2023, 1, 5), null,
                    LocalDate.of(2023, 2, 1), null, false, LocalDate.of(2023, 2, 1), null, List.of("Not to use the internet"),
                    null, List.of()));
            v = orders.recordBreach(ref, v, new CivilOrders.BreachInput(0, LocalDate.of(2024, 5, 1),
                    NominalRecord.Outcome.PENDING, null));
            enforcement.recordBreach(ref, v, BreachesAndReviews.BreachOutcome.CONVICTED, LocalDate.of(2024, 3, 1));
            return ref;
        });

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(AREA, out, "operator:test", ExportProgress.NONE);
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree)
                .filter(n -> "nominal".equals(n.path("recordType").asString())).toList();
        JsonNode fromFile = withoutRef(lines.stream().filter(n -> n.path("ref").asString().equals("AGR-900001")).findFirst().orElseThrow());
        JsonNode fromApp = withoutRef(lines.stream().filter(n -> n.path("ref").asString().equals(entered)).findFirst().orElseThrow());
        assertThat(fromApp).isEqualTo(fromFile);
        assertThat(fromApp.path("orders")).hasSize(1);
        assertThat(fromApp.path("events")).hasSize(2);
    }

    private static JsonNode withoutRef(JsonNode line) {
        ObjectNode copy = (ObjectNode) line.deepCopy();
        copy.remove("ref");
        return copy;
    }
}
