package org.mappahub.meeting.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MeetingFixture;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The meetings pages: the co-ordinator schedules a meeting and invites a DTC agency, whose representative then reads
 * the record (200) but neither the meetings nor any other part of the full history (403); bad input comes back
 * inline naming each field (400); a stale form is refused with a message (409); the record page sums the cycle up;
 * the co-ordinator's area page lists what is coming, and is the co-ordinator's alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class MeetingPagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    MeetingFixture f;
    String ref;

    @BeforeEach
    void aPersonAtLevel3() {
        clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        f = new MeetingFixture("MEETPAGE", areas, users, agencies, nominals);
        ref = f.person("MEETPAGEPERSON", 3, TODAY.minusMonths(1));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    RequestPostProcessor coordinator() {
        return user(f.coordinator).roles("COORDINATOR");
    }

    RequestPostProcessor dtc() {
        return user(f.dtc).roles("DTC_REPRESENTATIVE");
    }

    MockHttpServletRequestBuilder schedule(String day, String month, String year) {
        return post("/nominals/" + ref + "/meetings").with(coordinator()).with(csrf()).param("kind", "INITIAL")
                .param("dateDay", day).param("dateMonth", month).param("dateYear", year).param("time", "10:30")
                .param("place", "Central police station").param("chair", f.chair);
    }

    long meetingId() {
        return TestUsers.asOperator(() -> jdbc.sql("select max(m.id) from mapp_meeting m join nominal n on n.id = m.nominal_id where n.ref = ?")
                .param(ref).query(Long.class).single());
    }

    @Test
    void theCoordinatorSchedulesAndInvitesADtcAgencyWhichThenSeesTheSharedPartsOnly() throws Exception {
        mvc.perform(get("/nominals/" + ref + "/meetings").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no meeting held yet")))
                .andExpect(content().string(containsString("Schedule a meeting")));
        mvc.perform(get("/nominals/" + ref).with(coordinator()))
                .andExpect(content().string(containsString("Initial MAPP meeting to arrange")))
                .andExpect(content().string(containsString("/nominals/" + ref + "/meetings")));

        mvc.perform(schedule("12", "5", "2026")).andExpect(redirectedUrlPattern("/nominals/" + ref + "/meetings/*"));
        long id = meetingId();
        String page = "/nominals/" + ref + "/meetings/" + id;
        mvc.perform(get(page).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuesday 12 May 2026, 10:30")))
                .andExpect(content().string(containsString("Central police station")))
                // the chair by name, as people know them (the user name is for the system)
                .andExpect(content().string(containsString(">Test " + f.chair + "</dd>")));

        mvc.perform(get("/nominals/" + ref).with(dtc())).andExpect(status().isNotFound());
        mvc.perform(post(page + "/invitations").with(coordinator()).with(csrf()).param("version", "0")
                .param("agency", String.valueOf(f.dtcAgency))).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(coordinator()))
                .andExpect(content().string(containsString("MEETPAGE test children")));

        mvc.perform(get("/nominals/" + ref).with(dtc())).andExpect(status().isOk());
        mvc.perform(get("/nominals/" + ref + "/meetings").with(dtc())).andExpect(status().isForbidden());
        mvc.perform(get(page).with(dtc())).andExpect(status().isForbidden());
        mvc.perform(get("/nominals/" + ref + "/orders").with(dtc())).andExpect(status().isForbidden());

        mvc.perform(get("/meetings").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MEETPAGEPERSON")))
                .andExpect(content().string(containsString("Tuesday 12 May 2026, 10:30")));
        mvc.perform(get("/meetings").with(user(f.chair).roles("CHAIR"))).andExpect(status().isForbidden());
        // the area is the signed-in co-ordinator's: another area's co-ordinator cannot ask for this one
        MeetingFixture away = new MeetingFixture("MEETPAGEAWAY", areas, users, agencies, nominals);
        mvc.perform(get("/meetings").param("area", "MEETPAGE").with(user(away.coordinator).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("MEETPAGEPERSON"))));
        // the co-ordinator's list is audited: each person on it as seen there
        long seen = TestUsers.asOperator(() -> jdbc.sql("""
                        select count(*) from audit_entry where subject = ? and action = 'VIEW_RECORD'
                           and details::text like '%area meetings%'""").param(ref).query(Long.class).single());
        org.assertj.core.api.Assertions.assertThat(seen).isPositive();
    }

    @Test
    void badInputIsRefusedInlineNamingEachFieldAndNothingIsScheduled() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/meetings").with(coordinator()).with(csrf())
                        .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2026").param("time", "25:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select whether this is the initial meeting or a review")))
                .andExpect(content().string(containsString("The date of the meeting must be a real date")))
                .andExpect(content().string(containsString("The time must be a real time")))
                .andExpect(content().string(containsString("Enter where the meeting is held")))
                .andExpect(content().string(containsString("Select the chair")))
                .andExpect(content().string(containsString("href=\"#date\"")));
        mvc.perform(get("/nominals/" + ref + "/meetings").with(coordinator()))
                .andExpect(content().string(containsString("No meetings recorded")));
        // the practitioner reads, but does not arrange
        mvc.perform(get("/nominals/" + ref + "/meetings").with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Schedule a meeting"))));
        mvc.perform(schedule("12", "5", "2026").with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleFormIsRefusedWithAMessageAndTheHeldMeetingMovesTheCycle() throws Exception {
        mvc.perform(schedule("1", "5", "2026")).andExpect(status().is3xxRedirection());
        String page = "/nominals/" + ref + "/meetings/" + meetingId();
        mvc.perform(post(page + "/dial-ins").with(coordinator()).with(csrf()).param("version", "0")
                .param("name", "Sam Far").param("dialInAgency", "Probation").param("dialInArea", "Northshire"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/dial-ins").with(coordinator()).with(csrf()).param("version", "0")
                        .param("name", "Late Comer").param("dialInAgency", "Police").param("dialInArea", "Westshire"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this meeting")))
                .andExpect(content().string(containsString("Sam Far, Probation (Northshire)")))
                .andExpect(content().string(not(containsString("Late Comer"))));
        mvc.perform(post(page + "/dial-ins").with(coordinator()).with(csrf()).param("version", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the participant")));
        mvc.perform(post(page + "/outcome").with(coordinator()).with(csrf()).param("version", "1")
                .param("action", "held")).andExpect(redirectedUrl(page));
        mvc.perform(get("/nominals/" + ref).with(coordinator()))
                .andExpect(content().string(containsString("Last held 1 May 2026; next review due by 26 June 2026")));
    }
}
