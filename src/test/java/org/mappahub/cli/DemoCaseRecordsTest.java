package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.demo.DemoDataGenerator;
import org.mappahub.demo.DemoProgress;
import org.mappahub.demo.DemoSpec;
import org.mappahub.interchange.ImportProgress;
import org.mappahub.interchange.ImportSummary;
import org.mappahub.interchange.McifImport;
import org.mappahub.nominal.Nominals;

/**
 * The demo's records MCIF/1 has no place for go in through the services and the rules accept every one of them: a
 * refusal would stop a newcomer's first start. Runs on a generated area whose refs are renamed, so as not to touch
 * the Lancashire records other tests import.
 */
@SpringBootTest
class DemoCaseRecordsTest {

    @Autowired ApplicationContext context;
    @Autowired McifImport importer;
    @Autowired Nominals nominals;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    @Test
    void everyKindOfRecordIsAddedAndTheRulesRefuseNone() throws java.io.IOException {
        StringWriter generated = new StringWriter();
        new DemoDataGenerator().write(new DemoSpec(1, 1000, 11L, LocalDate.now()), generated, DemoProgress.NONE);
        String file = generated.toString().replace("\"LAN-", "\"DCR-");
        ImportSummary summary = importer.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "demo.jsonl", false, "operator:test", ImportProgress.NONE);
        assertThat(summary.ok()).as(summary.toString()).isTrue();
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("dcr.police", Role.PRACTITIONER, "LANCASHIRE", AgencyType.POLICE);
        placed.place("dcr.probation", Role.COORDINATOR, "LANCASHIRE", AgencyType.PROBATION);
        placed.place("dcr.chair", Role.CHAIR, "LANCASHIRE", AgencyType.POLICE);
        List<String> refs = nominals.refsOwnedBy("LANCASHIRE").stream().filter(r -> r.startsWith("DCR-")).toList();

        int people = new DemoCaseRecords(context, "dcr.police", "dcr.probation", "dcr.chair").add(refs);

        assertThat(people).isEqualTo(DemoCaseRecords.PEOPLE);
        String ours = "(select id from nominal where ref like 'DCR-%')";
        assertThat(count("notification_requirement", ours)).isGreaterThan(DemoCaseRecords.PEOPLE / 2);
        assertThat(count("risk_assessment", ours)).isEqualTo(2L * DemoCaseRecords.PEOPLE);
        assertThat(count("intelligence_entry", ours)).isGreaterThan(DemoCaseRecords.PEOPLE / 2);
        assertThat(count("licence", ours) + count("expected_release", ours)).isPositive();
        assertThat(count("referral", ours)).isPositive();
        assertThat(count("mapp_meeting", ours)).isPositive();
    }

    private long count(String table, String nominals) {
        return TestUsers.asOperator(() -> jdbc.sql("select count(*) from " + table + " where nominal_id in " + nominals)
                .query(Long.class).single());
    }
}
