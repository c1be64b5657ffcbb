package org.mappahub.meeting.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MeetingFixture;
import org.mappahub.meeting.MeetingKind;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The actions API: the chair records an action for a DTC agency (201, the case shared); the agency reads its own
 * actions only (no meeting fields) and completes one; a change without a version is 428, against an old one 409;
 * bad fields are named in a 400 problem; the meeting's actions are the Responsible Authority's (403 for the agency).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class ActionApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final String PROBLEMS = "https://mappa-hub.example/problems/";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired MovableClock clock;
    @Autowired MappMeetings meetings;

    final JsonMapper json = JsonMapper.builder().build();
    MeetingFixture f;
    String ref;
    long meeting;

    @BeforeEach
    void aPersonWithAMeetingToday() {
        clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        f = new MeetingFixture("ACTAPI", areas, users, agencies, nominals);
        ref = f.person("ACTAPIPERSON", 2, TODAY.minusMonths(1));
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

    long created(String body) throws Exception {
        String out = mvc.perform(post("/api/v1/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(chair()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(out).get("id").asLong();
    }

    @Test
    void theChairRecordsForADtcAgencyWhichSeesItsOwnAndCompletesIt() throws Exception {
        long theirs = created("{\"description\":\"Check the school\",\"agencyId\":" + f.dtcAgency + ",\"ownerUsername\":\""
                + f.dtc + "\",\"deadline\":\"2026-05-10\"}");
        created("{\"description\":\"Police visit\",\"agencyId\":" + f.police + ",\"deadline\":\"2026-06-10\"}");
        mvc.perform(get("/api/v1/nominals/{ref}/actions", ref).with(chair())).andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("ALL_ACTIONS")).andExpect(jsonPath("$.actions", hasSize(2)))
                .andExpect(jsonPath("$.actions[0].due").value("DUE_SOON"))
                .andExpect(jsonPath("$.actions[0].meetingId").value(meeting));
        mvc.perform(get("/api/v1/nominals/{ref}/actions", ref).with(dtc())).andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("OWN_AGENCY_ACTIONS"))
                .andExpect(jsonPath("$.actions", hasSize(1)))
                .andExpect(jsonPath("$.actions[0].id").value(theirs))
                .andExpect(jsonPath("$.actions[0].meetingId").doesNotExist());
        mvc.perform(get("/api/v1/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(dtc()))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/nominals/{ref}/actions/{id}/progress", ref, theirs).with(dtc()).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"COMPLETED\",\"completionNote\":\"Checked\",\"completedOn\":\"2026-05-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completedOnTime").value(true)).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void versionsAreRequiredAndStaleOnesRefused() throws Exception {
        long id = created("{\"description\":\"Police visit\",\"agencyId\":" + f.police + ",\"deadline\":\"2026-06-10\"}");
        RequestPostProcessor practitioner = user(f.practitioner).roles("PRACTITIONER");
        mvc.perform(put("/api/v1/nominals/{ref}/actions/{id}/progress", ref, id).with(practitioner).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"progress\":\"Visited\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "version-required"));
        mvc.perform(put("/api/v1/nominals/{ref}/actions/{id}/progress", ref, id).with(practitioner).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"progress\":\"Visited\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress").value("Visited"));
        mvc.perform(put("/api/v1/nominals/{ref}/actions/{id}/management", ref, id).with(chair()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"CANCELLED\",\"reason\":\"Not needed\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(PROBLEMS + "stale-version"));
        mvc.perform(get("/api/v1/nominals/{ref}/actions/{id}", ref, id).with(chair()))
                .andExpect(jsonPath("$.status").value("OPEN"));
        // the practitioner may record progress for their agency but not cancel
        mvc.perform(put("/api/v1/nominals/{ref}/actions/{id}/management", ref, id).with(practitioner).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"status\":\"CANCELLED\",\"reason\":\"Not needed\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badFieldsAreNamedAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/api/v1/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(chair()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"\",\"deadline\":\"soon\",\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("deadline")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("colour")));
        mvc.perform(post("/api/v1/nominals/{ref}/meetings/{id}/actions", ref, meeting).with(chair()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\" \",\"deadline\":\"2026-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("agency")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("deadline")));
        mvc.perform(get("/api/v1/nominals/{ref}/actions", ref).with(chair())).andExpect(jsonPath("$.actions", hasSize(0)));
    }
}
