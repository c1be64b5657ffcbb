package org.mappahub.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MappMinutes;
import org.mappahub.meeting.MinutesContent;
import org.mappahub.meeting.MinutesFixture;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The minutes pages: the minute taker starts, writes and submits, the chair approves (then locked), the distribution
 * is recorded (late or in time), a correction makes version 2 with version 1 kept; two people editing the same draft:
 * the second save is refused (409) showing the stored values beside theirs and keeps their edit to save again in one
 * action; an invited DTC agency reads the approved minutes of that meeting and the current plan, nothing else; the
 * PDF copy is marked on every page, carries the statement, the plan and a watermark naming the user, and is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class MinutesPagesTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired MappMeetings meetings;
    @Autowired MappMinutes minutes;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    MinutesFixture m;
    String ref;

    @BeforeEach
    void aPersonAtLevel2() {
        m = new MinutesFixture("MINPAGE", areas, users, agencies, nominals, meetings, minutes, clock);
        ref = m.f.person("MINPAGEPERSON", 2, LocalDate.of(2026, 1, 5));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    RequestPostProcessor taker() {
        return user(m.minuteTaker).roles("MINUTE_TAKER");
    }

    RequestPostProcessor coordinator() {
        return user(m.f.coordinator).roles("COORDINATOR");
    }

    RequestPostProcessor chair() {
        return user(m.f.chair).roles("CHAIR");
    }

    RequestPostProcessor dtc() {
        return user(m.f.dtc).roles("DTC_REPRESENTATIVE");
    }

    String page(long meetingId) {
        return "/nominals/" + ref + "/meetings/" + meetingId + "/minutes";
    }

    MockHttpServletRequestBuilder save(long meetingId, RequestPostProcessor who, int version, MinutesContent c) {
        MockHttpServletRequestBuilder b = post(page(meetingId) + "/edit").with(who).with(csrf())
                .param("version", String.valueOf(version));
        for (Map.Entry<String, String> e : MinutesForm.fields(c).entrySet()) {
            if (e.getValue() != null) {
                b.param(e.getKey(), e.getValue());
            }
        }
        return b;
    }

    int version(long meetingId) {
        return m.version(m.minuteTaker, Role.MINUTE_TAKER, ref, meetingId);
    }

    @Test
    void fromDraftToApprovedDistributedAndCorrected() throws Exception {
        long id = m.held(ref, DAY);
        mvc.perform(get("/nominals/" + ref + "/meetings/" + id).with(taker()))
                .andExpect(content().string(containsString(page(id))));
        mvc.perform(get(page(id)).with(taker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start the minutes")));
        mvc.perform(post(page(id)).with(taker()).with(csrf())).andExpect(redirectedUrl(page(id) + "/edit"));
        mvc.perform(get(page(id) + "/edit").with(taker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("The information discussed at this meeting is confidential")))
                .andExpect(content().string(containsString("Victim safety planning")));

        // beyond the policy's interval: refused inline, naming the setting, nothing saved
        mvc.perform(save(id, taker(), 0, MinutesFixture.complete("Weekly home visits", DAY.plusWeeks(17))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("level2ReviewIntervalWeeks")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(version(id)).isZero();

        mvc.perform(save(id, taker(), 0, MinutesFixture.complete("Weekly home visits", DAY.plusWeeks(8))))
                .andExpect(redirectedUrl(page(id)));
        mvc.perform(post(page(id) + "/submit").with(taker()).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl(page(id)));
        mvc.perform(post(page(id) + "/approve").with(taker()).with(csrf()).param("version", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page(id) + "/approve").with(chair()).with(csrf()).param("version", "2"))
                .andExpect(redirectedUrl(page(id)));
        mvc.perform(get(page(id)).with(taker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + m.f.chair))) // the chair by name
                .andExpect(content().string(containsString("locked")))
                .andExpect(content().string(containsString("Weekly home visits")))
                .andExpect(content().string(not(containsString("Edit the draft"))));

        m.today(LocalDate.of(2026, 6, 5)); // the day after the last day, 4 June (Monday 25 May is a bank holiday)
        mvc.perform(post(page(id) + "/distribute").with(taker()).with(csrf()).param("version", "3")
                .param("recipient", "MINPAGE test police")).andExpect(redirectedUrl(page(id)));
        mvc.perform(get(page(id)).with(taker()))
                .andExpect(content().string(containsString("Distributed late")))
                .andExpect(content().string(containsString("MINPAGE test police")));

        mvc.perform(post(page(id) + "/correct").with(taker()).with(csrf()).param("version", "4").param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why the approved minutes are being corrected")));
        mvc.perform(post(page(id) + "/correct").with(taker()).with(csrf()).param("version", "4")
                .param("reason", "Curfew hours minuted wrongly")).andExpect(redirectedUrl(page(id) + "/edit"));
        mvc.perform(get(page(id) + "/versions").with(taker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Curfew hours minuted wrongly")))
                .andExpect(content().string(containsString(page(id) + "/versions/1")));
        mvc.perform(get(page(id) + "/versions/1").with(taker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("an earlier version")))
                .andExpect(content().string(containsString("Approved")));
        // the record page and the plan's own page show the approved plan
        mvc.perform(get("/nominals/" + ref).with(taker()))
                .andExpect(content().string(containsString("/nominals/" + ref + "/risk-management-plan")));
        mvc.perform(get("/nominals/" + ref + "/risk-management-plan").with(taker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly home visits")));
    }

    @Test
    void aSecondSaveOfTheSameDraftIsRefusedShowingWhatChangedAndTheEditCanBeReappliedInOneAction() throws Exception {
        long id = m.held(ref, DAY);
        mvc.perform(post(page(id)).with(taker()).with(csrf()));
        // both open the draft at version 0; the co-ordinator saves first
        mvc.perform(save(id, coordinator(), 0, MinutesFixture.complete("Visits by the police offender manager",
                DAY.plusWeeks(8)))).andExpect(redirectedUrl(page(id)));
        MinutesContent mine = MinutesFixture.complete("Visits by the probation officer", DAY.plusWeeks(8));
        mvc.perform(save(id, taker(), 0, mine))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved these minutes")))
                .andExpect(content().string(containsString("What changed")))
                .andExpect(content().string(containsString("Visits by the police offender manager")))
                .andExpect(content().string(containsString("Visits by the probation officer")))
                .andExpect(content().string(containsString("id=\"difference-supervision\"")))
                .andExpect(content().string(not(containsString("id=\"difference-triggers\""))))
                .andExpect(content().string(containsString("Save my version")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(stored(id)).as("nothing silently overwritten").isEqualTo("Visits by the police offender manager");
        // reapply: the form as the conflict page returned it (the user's values, the stored version)
        mvc.perform(save(id, taker(), 1, mine)).andExpect(redirectedUrl(page(id)));
        assertThat(stored(id)).isEqualTo("Visits by the probation officer");
    }

    String stored(long meetingId) {
        return TestUsers.signedIn(m.minuteTaker, Role.MINUTE_TAKER,
                () -> minutes.view(ref, meetingId).current().content().supervision());
    }

    @Test
    void anInvitedDtcAgencyReadsTheApprovedMinutesOfThatMeetingAndNothingElse() throws Exception {
        long approved = m.held(ref, DAY);
        m.approved(ref, approved, "Weekly home visits");
        long draft = m.held(ref, DAY.plusWeeks(2));
        TestUsers.signedIn(m.minuteTaker, Role.MINUTE_TAKER, () -> minutes.start(ref, draft));

        mvc.perform(get(page(approved)).with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly home visits")))
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")))
                .andExpect(content().string(not(containsString("Start a correction"))));
        mvc.perform(get(page(draft)).with(dtc())).andExpect(status().isForbidden());
        mvc.perform(get("/nominals/" + ref + "/meetings/" + approved).with(dtc())).andExpect(status().isForbidden());
        mvc.perform(post(page(approved) + "/correct").with(dtc()).with(csrf()).param("version", "3")
                .param("reason", "Not theirs to correct")).andExpect(status().isForbidden());
        mvc.perform(get("/nominals/" + ref + "/risk-management-plan").with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly home visits")));
        // a board member never sees minutes
        mvc.perform(get(page(approved)).with(user("anyone").roles("BOARD_MEMBER"))).andExpect(status().isForbidden());
    }

    @Test
    void thePdfCopyIsMarkedOnEveryPageCarriesTheStatementAndThePlanAndNamesItsUser() throws Exception {
        long id = m.held(ref, DAY);
        m.approved(ref, id, "Weekly home visits by the offender manager");
        byte[] pdf = mvc.perform(get(page(id) + "/pdf").with(chair()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            String all = text.getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("The information discussed at this meeting is confidential");
            assertThat(all).contains("Supervision").contains("Weekly home visits by the offender manager");
            assertThat(all).contains("Victim safety planning");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                String page = text.getText(doc);
                assertThat(page).as("page " + p).contains("OFFICIAL-SENSITIVE")
                        .contains("Copy produced for " + m.f.chair).contains("20 May 2026");
            }
        }
        long audited = TestUsers.asOperator(() -> jdbc.sql("""
                select count(*) from audit_entry where subject = ? and action = 'VIEW_RECORD' and actor = ?
                   and details::jsonb ->> 'copy' = 'PDF' and details::jsonb ->> 'watermark' = ?""")
                .params(ref, m.f.chair, m.f.chair).query(Long.class).single());
        assertThat(audited).isEqualTo(1);
    }
}
