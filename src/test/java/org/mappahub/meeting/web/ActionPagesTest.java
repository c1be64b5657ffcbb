package org.mappahub.meeting.web;

import static org.hamcrest.Matchers.allOf;
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
import java.time.LocalTime;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MeetingActions;
import org.mappahub.meeting.MeetingFixture;
import org.mappahub.meeting.MeetingKind;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The action pages: the case tracker (open first, tagged overdue or due by the clock; a DTC agency's own actions
 * only), the agency's tracker with its status filter (each person audited as seen), the meeting page and the
 * meeting's actions page with the form that records one (bad input inline, 400), completion by the owning agency,
 * and a stale form refused with a message and the current values (409).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class ActionPagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired MappMeetings meetings;
    @Autowired MeetingActions actions;

    MeetingFixture f;
    String ref;
    long meeting;

    @BeforeEach
    void aPersonWithAMeetingToday() {
        clock.set(TODAY.atTime(9, 0).atZone(LONDON).toInstant());
        f = new MeetingFixture("ACTPAGE", areas, users, agencies, nominals);
        ref = f.person("ACTPAGEPERSON", 2, TODAY.minusMonths(1));
        meeting = TestUsers.signedIn(f.coordinator, Role.COORDINATOR, () -> meetings.schedule(ref,
                new MappMeetings.Schedule(MeetingKind.INITIAL, TODAY, LocalTime.of(10, 0), null, true, f.chair)));
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    RequestPostProcessor chair() {
        return user(f.chair).roles("CHAIR");
    }

    RequestPostProcessor dtc() {
        return user(f.dtc).roles("DTC_REPRESENTATIVE");
    }

    long recorded(String description, long agency, String owner, LocalDate deadline) {
        return TestUsers.signedIn(f.chair, Role.CHAIR, () -> actions.record(ref, meeting,
                new MeetingActions.NewAction(description, agency, owner, null, deadline)));
    }

    @Test
    void theCaseTrackerListsOpenFirstTaggedByTheClockAndADtcAgencySeesItsOwnOnly() throws Exception {
        long theirs = recorded("Check the children's school", f.dtcAgency, f.dtc, TODAY.plusDays(3));
        recorded("Police home visit", f.police, null, TODAY.plusDays(40));
        long done = recorded("Disclose to the partner", f.police, null, TODAY.plusDays(5));
        TestUsers.signedIn(f.practitioner, Role.PRACTITIONER, () -> actions.complete(ref, done, 0, "Disclosed", TODAY));
        clock.set(TODAY.plusDays(4).atTime(9, 0).atZone(LONDON).toInstant());

        String page = mvc.perform(get("/nominals/{ref}/actions", ref).with(chair())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("OFFICIAL-SENSITIVE"), containsString("2 open, 1 overdue"),
                        containsString("govuk-tag--red"), containsString("Completed"))))
                .andReturn().getResponse().getContentAsString();
        // open first (by deadline), the completed one last
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Check the children")).isLessThan(page.indexOf("Police home visit"));
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Police home visit")).isLessThan(page.indexOf("Disclose to the partner"));

        // the record page: coming up and overdue, and the current picture's line; the link for the DTC agency too
        mvc.perform(get("/nominals/{ref}", ref).with(chair())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Action: Check the children"),
                        containsString("2 open actions, 1 overdue"))));
        mvc.perform(get("/nominals/{ref}", ref).with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"actions-link\"")));
        mvc.perform(get("/nominals/{ref}/actions", ref).with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Check the children"), containsString("Overdue"),
                        not(containsString("Police home visit")), not(containsString("Disclose to the partner")))));
        // another agency's action is not there for them, and the meeting's actions page is refused
        mvc.perform(get("/nominals/{ref}/actions/{id}", ref, done).with(dtc())).andExpect(status().isNotFound());
        mvc.perform(get("/nominals/{ref}/actions/{id}", ref, theirs).with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("The MAPP meeting of"))));
        mvc.perform(get("/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(dtc())).andExpect(status().isForbidden());
    }

    @Test
    void theAgencyTrackerListsTheAgencysOpenActionsOverdueFirstAndAuditsEachPerson() throws Exception {
        recorded("Police home visit", f.police, null, TODAY.plusDays(40));
        recorded("Police check of the address", f.police, f.practitioner, TODAY.plusDays(2));
        recorded("Check the children's school", f.dtcAgency, f.dtc, TODAY.plusDays(3));
        clock.set(TODAY.plusDays(5).atTime(9, 0).atZone(LONDON).toInstant());
        String page = mvc.perform(get("/actions").with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ACTPAGEPERSON"), containsString("2 open, 1 overdue"),
                        not(containsString("Check the children")))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Police check of the address"))
                .isLessThan(page.indexOf("Police home visit"));
        mvc.perform(get("/actions").param("status", "COMPLETED").with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Police home visit"))));
        mvc.perform(get("/actions").with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Check the children"), not(containsString("Police home visit")))));
        long seen = TestUsers.asOperator(() -> jdbc.sql("""
                        select count(*) from audit_entry where subject = ? and action = 'VIEW_RECORD'
                           and details::text like '%agency actions%'""").param(ref).query(Long.class).single());
        org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(2); // the practitioner's open list and the DTC's
        mvc.perform(get("/actions").with(user(f.coordinator).roles("BOARD_MEMBER"))).andExpect(status().isForbidden());
    }

    @Test
    void theMeetingPageListsItsActionsAndTheChairRecordsOneWithErrorsInline() throws Exception {
        mvc.perform(post("/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(chair()).with(csrf())
                        .param("description", " ").param("deadlineDay", "31").param("deadlineMonth", "2")
                        .param("deadlineYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("Enter what is to be done"),
                        containsString("Select the agency that owns the action"), containsString("as a real date"))));
        mvc.perform(post("/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(chair()).with(csrf())
                        .param("description", "Refer to the housing panel").param("agency", String.valueOf(f.dtcAgency))
                        .param("owner", f.dtc).param("deadlineDay", "15").param("deadlineMonth", "5")
                        .param("deadlineYear", "2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/nominals/" + ref + "/meetings/" + meeting + "/actions#action-*"));
        mvc.perform(get("/nominals/{ref}/meetings/{id}", ref, meeting).with(chair())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Actions agreed"), containsString("Refer to the housing panel"))));
        // a practitioner reads the meeting's actions but gets no form
        mvc.perform(get("/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Refer to the housing panel"),
                        not(containsString("Record action")))));
    }

    @Test
    void theOwningAgencyCompletesAndAStaleFormIsRefusedShowingTheCurrentValues() throws Exception {
        long id = recorded("Check the children's school", f.dtcAgency, f.dtc, TODAY.plusDays(10));
        mvc.perform(post("/nominals/{ref}/actions/{id}/progress", ref, id).with(dtc()).with(csrf())
                        .param("version", "0").param("action", "complete").param("completionNote", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Enter what was done"),
                        containsString("Enter the date the action was completed"))));
        // someone records progress meanwhile: the completion against version 0 is refused, their progress shown
        TestUsers.signedIn(f.chair, Role.CHAIR, () -> actions.recordProgress(ref, id, 0, "School contacted by the chair"));
        mvc.perform(post("/nominals/{ref}/actions/{id}/progress", ref, id).with(dtc()).with(csrf())
                        .param("version", "0").param("action", "complete").param("completionNote", "Checked")
                        .param("completedOnDay", "1").param("completedOnMonth", "5").param("completedOnYear", "2026"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Someone else changed this action"),
                        containsString("School contacted by the chair"))));
        mvc.perform(post("/nominals/{ref}/actions/{id}/progress", ref, id).with(dtc()).with(csrf())
                        .param("version", "1").param("action", "complete").param("completionNote", "Checked")
                        .param("completedOnDay", "1").param("completedOnMonth", "5").param("completedOnYear", "2026"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/nominals/" + ref + "/actions/" + id));
        mvc.perform(get("/nominals/{ref}/actions/{id}", ref, id).with(chair())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 May 2026: Checked"), containsString("govuk-tag--green"))));
        // the police practitioner is not of the owning agency
        mvc.perform(post("/nominals/{ref}/actions/{id}/progress", ref, id).with(user(f.practitioner).roles("PRACTITIONER"))
                        .with(csrf()).param("version", "2").param("action", "progress").param("progress", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theChairReassignsToADtcAgencyAndCancelsWithAReason() throws Exception {
        long id = recorded("Police home visit", f.police, null, TODAY.plusDays(10));
        mvc.perform(get("/nominals/{ref}/actions/{id}", ref, id).with(chair())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Reassign"), containsString("Cancel action"))));
        mvc.perform(get("/nominals/{ref}/actions/{id}", ref, id).with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Record progress"), not(containsString("Cancel action")))));
        mvc.perform(post("/nominals/{ref}/actions/{id}/management", ref, id).with(chair()).with(csrf())
                        .param("version", "0").param("action", "reassign").param("agency", String.valueOf(f.dtcAgency))
                        .param("owner", f.dtc).param("deadlineDay", "20").param("deadlineMonth", "5").param("deadlineYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/nominals/{ref}/actions/{id}", ref, id).with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test " + f.dtc), containsString("20 May 2026"))));
        mvc.perform(post("/nominals/{ref}/actions/{id}/management", ref, id).with(chair()).with(csrf())
                        .param("version", "1").param("action", "cancel").param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why the action is cancelled")));
        mvc.perform(post("/nominals/{ref}/actions/{id}/management", ref, id).with(chair()).with(csrf())
                        .param("version", "1").param("action", "cancel").param("reason", "The family moved away"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actions").param("status", "CANCELLED").with(dtc())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Police home visit"), containsString("govuk-tag--grey"))));
    }
}
