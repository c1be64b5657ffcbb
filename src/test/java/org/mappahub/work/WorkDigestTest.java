package org.mappahub.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The e-mail reminders: a user chooses them on their account page (bad input 400, a stale form 409), and the daily
 * digest, sent to an in-process SMTP server (GreenMail on loopback), carries the headings, counts and the refs of
 * what is overdue — never a name — goes only to users with something to do, and is audited as sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class WorkDigestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mappa.reminders.link", () -> "https://mappa.example.gov.uk/");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired WorkDigest digest;

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    @Test
    void theDigestCarriesCountsAndRefsButNoNamesAndIsAudited() throws Exception {
        clock.set(TODAY.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        WorkFixture f = new WorkFixture("WORKMAIL", areas, users, agencies, nominals, jdbc);
        String ref = f.person("WMSECRETNAME", 1, TODAY.minusYears(1));
        f.referral(ref, TODAY.minusDays(20));
        choose(f.coordinator, "COORDINATOR", "coordinator@example.gov.uk");
        choose(f.minuteTaker, "MINUTE_TAKER", "minutes@example.gov.uk"); // nothing to do: no e-mail

        WorkDigest.Outcome outcome = digest.sendAll();

        // the other test's DTC representative may have asked too: they, like the minute taker, have nothing to do
        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(outcome.failed()).isZero();
        assertThat(outcome.nothingToDo()).isPositive();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("coordinator@example.gov.uk");
        assertThat(received[0].getSubject()).isEqualTo("MAPPA Hub: 1 thing needs you today (1 overdue)");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("Referrals to screen: 1, 1 overdue: " + ref)
                .contains("https://mappa.example.gov.uk/")
                .doesNotContain("WMSECRETNAME").doesNotContain("Given").doesNotContain("Robbery")
                .doesNotContain("Escalating");
        long audited = TestUsers.asOperator(() -> jdbc.sql("""
                        select count(*) from audit_entry where action = 'REMINDER_SENT' and subject = ? and details like ?""")
                .params("account:" + f.coordinator, "%" + ref + "%").query(Long.class).single());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theAccountPageRefusesBadInputAndAStaleFormAndSavesAGoodOne() throws Exception {
        new WorkFixture("WORKPAGE", areas, users, agencies, nominals, jdbc);
        String who = "work.workpage.dtc";
        mvc.perform(get("/account/reminders").with(user(who).roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E-mail reminders")));
        mvc.perform(post("/account/reminders").with(user(who).roles("DTC_REPRESENTATIVE")).with(csrf())
                        .param("email", "not an address").param("daily", "true").param("version", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter an e-mail address in the correct format")));
        mvc.perform(post("/account/reminders").with(user(who).roles("DTC_REPRESENTATIVE")).with(csrf())
                        .param("email", "").param("daily", "true").param("version", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the e-mail address to send the daily reminder to")));
        assertThat(count(who)).isZero();

        mvc.perform(post("/account/reminders").with(user(who).roles("DTC_REPRESENTATIVE")).with(csrf())
                        .param("email", "dtc@example.gov.uk").param("daily", "true").param("version", "-1"))
                .andExpect(redirectedUrl("/account/reminders"));
        mvc.perform(get("/account/reminders").with(user(who).roles("DTC_REPRESENTATIVE")))
                .andExpect(content().string(containsString("value=\"dtc@example.gov.uk\"")));
        // the same form again (version -1): someone saved since it was loaded
        mvc.perform(post("/account/reminders").with(user(who).roles("DTC_REPRESENTATIVE")).with(csrf())
                        .param("email", "other@example.gov.uk").param("daily", "true").param("version", "-1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed in another window")));
        assertThat(TestUsers.asOperator(() -> jdbc.sql("select email from work_reminder where username = ?").param(who)
                .query(String.class).single())).isEqualTo("dtc@example.gov.uk");
    }

    void choose(String username, String role, String email) throws Exception {
        mvc.perform(post("/account/reminders").with(user(username).roles(role)).with(csrf())
                        .param("email", email).param("daily", "true").param("version", "-1"))
                .andExpect(redirectedUrl("/account/reminders"));
    }

    long count(String username) {
        return TestUsers.asOperator(() -> jdbc.sql("select count(*) from work_reminder where username = ?").param(username)
                .query(Long.class).single());
    }
}
