package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEntry;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;

/** {@code ./mappa audit verify} and {@code head} as a shell script sees them (the same throw-away database). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditCommandsTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment env;

    record Run(int exit, String out) {
    }

    private Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Mappa.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void headPrintsTheLastEntryAsJson() {
        AuditEntry last = trail.record(new AuditEvent(AuditAction.VIEW_RECORD, "CLI-HEAD", null, null, "cli-test"));
        Run head = run("audit", "head");
        assertThat(head.exit()).isZero();
        assertThat(head.out().strip()).matches("\\{\"id\":" + last.id() + ",\"hash\":\"" + last.hash()
                + "\",\"at\":\"[^\"]+\"}");
    }

    @Test
    void verifyExitsZeroWhenIntactAndOneWithTheFirstBrokenLink() throws Exception {
        AuditEntry victim = trail.record(new AuditEvent(AuditAction.SEARCH, null,
                AuditEvent.details("terms", "cli verify"), null, "cli-test"));
        trail.record(new AuditEvent(AuditAction.VIEW_RECORD, "CLI-VERIFY", null, null, "cli-test"));

        Run intact = run("audit", "verify");
        assertThat(intact.exit()).as(intact.out()).isZero();
        assertThat(intact.out()).contains("intact");

        rewriteActor(victim.id(), "someone-else");
        try {
            Run broken = run("audit", "verify");
            assertThat(broken.exit()).isEqualTo(1);
            assertThat(broken.out()).contains("broken at entry " + victim.id() + ":");
        } finally {
            rewriteActor(victim.id(), victim.actor());
        }
        assertThat(run("audit", "verify").exit()).isZero();
    }

    @Test
    void importAndExportAreAuditedAsTheOperatorWithTheCommand() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("audit-cli");
        java.nio.file.Path file = dir.resolve("one.jsonl");
        java.nio.file.Files.writeString(file, "{\"recordType\":\"area\",\"code\":\"AUDCLI\",\"name\":\"Audit Cli\",\"bcus\":[\"North\"]}\n");
        long before = trail.head().id();
        assertThat(run("import", file.toString()).exit()).isZero();
        assertThat(run("export", "--area", "AUDCLI", "--out", dir.resolve("out.jsonl").toString()).exit()).isZero();
        var added = jdbc.sql("select action || ' ' || actor from audit_entry where id > ? order by id").param(before)
                .query(String.class).list();
        String user = System.getProperty("user.name");
        assertThat(added).containsExactly(
                "IMPORT operator:" + user + " (mappa import " + file + ")",
                "EXPORT operator:" + user + " (mappa export --area AUDCLI --out " + dir.resolve("out.jsonl") + ")");
    }

    private void rewriteActor(long id, String actor) throws Exception {
        try (Connection c = DriverManager.getConnection(env.getProperty("spring.flyway.url"),
                env.getProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""));
             Statement s = c.createStatement()) {
            s.execute("alter table audit_entry disable trigger user");
            try (PreparedStatement p = c.prepareStatement("update audit_entry set actor = ? where id = ?")) {
                p.setString(1, actor);
                p.setLong(2, id);
                assertThat(p.executeUpdate()).isEqualTo(1);
            } finally {
                s.execute("alter table audit_entry enable trigger user");
            }
        }
    }
}
