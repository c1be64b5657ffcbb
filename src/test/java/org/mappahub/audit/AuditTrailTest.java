package org.mappahub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.StaleNominalException;

/** What the audit trail records, and that neither the application nor the owner can quietly rewrite it. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "aud.practitioner", roles = "PRACTITIONER")
class AuditTrailTest {

    static final String AREA = "AUDTEST";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Areas areas;
    @Autowired
    NominalChanges changes;
    @Autowired
    Users users;
    @Autowired
    Environment env;

    String ref;

    @Autowired
    org.mappahub.access.Agencies agencies;

    @BeforeEach
    void aPerson() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(AREA, "Auditshire", List.of("North"), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            placed.place("aud.practitioner", Role.PRACTITIONER, AREA);
            placed.place("ed.editor", Role.PRACTITIONER, AREA);
            ref = changes.create(AREA, identity("OAKENSHAW"), "test.setup");
        });
    }

    private static Identity identity(String familyName) {
        return new Identity(familyName, List.of("Ruth"), LocalDate.of(1969, 5, 6), Gender.FEMALE, null, null, null,
                null, "North");
    }

    private long entries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private AuditEntry last() {
        long id = trail.head().id();
        return jdbc.sql("select id, at, actor, action, subject, details, reason, prev_hash, hash from audit_entry where id = ?")
                .param(id).query((rs, n) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("subject"), rs.getString("details"),
                        rs.getString("reason"), rs.getString("prev_hash"), rs.getString("hash"))).single();
    }

    private Connection owner() throws Exception {
        return DriverManager.getConnection(env.getProperty("spring.flyway.url"), env.getProperty("spring.flyway.user"),
                env.getProperty("spring.flyway.password", ""));
    }

    @Test
    void everyRecordViewThroughPagesAndApiWritesExactlyOneEntry() throws Exception {
        long before = entries();
        int pages = 3;
        int api = 2;
        for (int i = 0; i < pages; i++) {
            mvc.perform(get("/nominals/" + ref)).andExpect(status().isOk());
        }
        for (int i = 0; i < api; i++) {
            mvc.perform(get("/api/v1/nominals/" + ref).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
        }

        assertThat(entries() - before).isEqualTo(pages + api);
        List<AuditEntry> views = trail.viewsOf(ref);
        assertThat(views).hasSize(pages + api)
                .allSatisfy(v -> {
                    assertThat(v.actor()).isEqualTo("aud.practitioner");
                    assertThat(v.action()).isEqualTo(AuditAction.VIEW_RECORD);
                });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRecordThatDoesNotExistIsARefusalNotAView() throws Exception {
        // Nobody can tell a record they may not see from one that does not exist (a restricted record is
        // "not found" too), so both are recorded as the same refusal, and neither as a view.
        long before = entries();
        mvc.perform(get("/nominals/AUDTEST-999999")).andExpect(status().isNotFound());
        assertThat(entries()).isEqualTo(before + 1);
        AuditEntry refused = last();
        assertThat(refused.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
        assertThat(refused.subject()).isEqualTo("AUDTEST-999999");
        assertThat(refused.details()).contains("NOT_FOUND");
        assertThat(trail.viewsOf("AUDTEST-999999")).isEmpty();
    }

    @Test
    void aSearchOnThePageOrTheApiWritesOneEntryWithItsTerms() throws Exception {
        long before = entries();
        mvc.perform(get("/nominals").param("q", "OAKENSHAW Ruth")).andExpect(status().isOk());
        assertThat(entries() - before).isEqualTo(1);
        AuditEntry page = last();
        assertThat(page.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(page.actor()).isEqualTo("aud.practitioner");
        assertThat(page.details()).contains("\"terms\":\"OAKENSHAW Ruth\"");

        mvc.perform(get("/api/v1/nominals").param("q", "OAKENSHAW 1969").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
        assertThat(entries() - before).isEqualTo(2);
        assertThat(last().details()).contains("\"terms\":\"OAKENSHAW 1969\"");
    }

    @Test
    void aChangeRecordsBeforeAndAfterAndARefusedChangeRecordsNothing() throws Exception {
        long before = entries();
        changes.updateIdentity(ref, 0, identity("OAKENSHAW-BRIGGS"), "cara.changer");
        AuditEntry change = last();
        assertThat(change.action()).isEqualTo(AuditAction.CHANGE);
        assertThat(change.subject()).isEqualTo(ref);
        assertThat(change.actor()).isEqualTo("cara.changer");
        assertThat(change.details()).contains("\"before\":").contains("\"familyName\":\"OAKENSHAW\"")
                .contains("\"after\":").contains("\"familyName\":\"OAKENSHAW-BRIGGS\"")
                .contains("1969-05-06");
        assertThat(change.details().indexOf("\"OAKENSHAW\"")).isLessThan(change.details().indexOf("\"OAKENSHAW-BRIGGS\""));

        // Made against the old version: refused, rolled back, no entry.
        assertThatThrownBy(() -> changes.updateIdentity(ref, 0, identity("STALE"), "cara.changer"))
                .isInstanceOf(StaleNominalException.class);
        assertThat(entries() - before).isEqualTo(1);
    }

    @Test
    void creatingThroughThePageWritesACreateEntry() throws Exception {
        long before = entries();
        mvc.perform(post("/nominals/new").with(csrf()).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("ed.editor").roles("PRACTITIONER"))
                .param("area", AREA).param("familyName", "FENWICK").param("givenNames", "Tom")
                .param("dobDay", "1").param("dobMonth", "2").param("dobYear", "1980"))
                .andExpect(status().is3xxRedirection());
        assertThat(entries() - before).isEqualTo(1);
        AuditEntry created = last();
        assertThat(created.action()).isEqualTo(AuditAction.CREATE);
        assertThat(created.actor()).isEqualTo("ed.editor");
        assertThat(created.details()).contains("\"after\":").contains("FENWICK");
    }

    @Test
    void signInSuccessAndFailureAreRecordedWithTheUserNameButNeverThePassword() throws Exception {
        users.create("audrey.signin", "Audrey Signin", Role.PRACTITIONER, "correct horse battery");
        long before = entries();
        mvc.perform(post("/login").with(csrf()).param("username", "audrey.signin").param("password", "wrong-secret"));
        AuditEntry failed = last();
        assertThat(failed.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(failed.actor()).isEqualTo("audrey.signin");
        assertThat(failed.details()).doesNotContain("wrong-secret");

        mvc.perform(post("/login").with(csrf()).param("username", "audrey.signin").param("password", "correct horse battery"));
        AuditEntry signedIn = last();
        assertThat(signedIn.action()).isEqualTo(AuditAction.SIGN_IN);
        assertThat(signedIn.actor()).isEqualTo("audrey.signin");
        assertThat(signedIn.details()).doesNotContain("correct horse");
        assertThat(entries() - before).isEqualTo(2);
    }

    @Test
    void aSignedInUserRefusedARecordIsRecordedButNotAnAnonymousVisitor() throws Exception {
        long before = entries();
        mvc.perform(get("/nominals/" + ref).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("lay.adviser").roles("BOARD_MEMBER")))
                .andExpect(status().isForbidden());
        assertThat(entries() - before).isEqualTo(1);
        AuditEntry refused = last();
        assertThat(refused.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
        assertThat(refused.actor()).isEqualTo("lay.adviser");
        assertThat(refused.subject()).isEqualTo("GET /nominals/" + ref);
        assertThat(trail.viewsOf(ref)).noneMatch(v -> v.actor().equals("lay.adviser"));

        mvc.perform(get("/nominals/" + ref).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.anonymous())).andExpect(status().is3xxRedirection());
        assertThat(entries() - before).isEqualTo(1);
    }

    @Test
    void theApplicationsRoleCanOnlyInsertAndRead() {
        trail.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, "someone"));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'nobody'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void eventheOwnerIsRefusedUpdatesDeletesAndTruncationByTheTrigger() throws Exception {
        trail.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, "someone"));
        try (Connection c = owner(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set actor = 'nobody'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("truncate audit_entry"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void anEntryChangedBehindTheTriggersBackIsTheFirstBrokenLink() throws Exception {
        trail.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, "first"));
        AuditEntry tampered = trail.record(new AuditEvent(AuditAction.SEARCH, null,
                AuditEvent.details("terms", "original terms"), null, "second"));
        trail.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, "third"));
        assertThat(trail.verify().intact()).isTrue();

        rewriteDetails(tampered.id(), "{\"terms\":\"something innocent\"}");
        try {
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenId()).isEqualTo(tampered.id());
            assertThat(result.problem()).contains("changed");
        } finally {
            rewriteDetails(tampered.id(), tampered.details()); // other tests share this database
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private void rewriteDetails(long id, String details) throws Exception {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("alter table audit_entry disable trigger user");
            try (PreparedStatement p = c.prepareStatement("update audit_entry set details = ? where id = ?")) {
                p.setString(1, details);
                p.setLong(2, id);
                assertThat(p.executeUpdate()).isEqualTo(1);
            } finally {
                s.execute("alter table audit_entry enable trigger user");
            }
        }
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        long before = entries();
        long headBefore = trail.head().id();
        int threads = 6;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "writer-" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        trail.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, actor));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries() - before).isEqualTo((long) threads * each);
        assertThat(jdbc.sql("select count(distinct prev_hash) from audit_entry where id > ?").param(headBefore)
                .query(Long.class).single()).isEqualTo((long) threads * each);
        AuditVerification result = trail.verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(entries());
    }

    @Test
    void theHeadIsTheLastEntry() {
        AuditEntry e = trail.record(new AuditEvent(AuditAction.VIEW_RECORD, ref, null, null, "head-test"));
        AuditHead head = trail.head();
        assertThat(head.id()).isEqualTo(e.id());
        assertThat(head.hash()).isEqualTo(e.hash()).hasSize(64);
        assertThat(head.toJson()).startsWith("{\"id\":" + e.id() + ",\"hash\":\"" + e.hash() + "\",\"at\":\"");
    }
}
