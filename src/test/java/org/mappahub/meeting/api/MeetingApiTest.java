package org.mappahub.meeting.api;

import static org.hamcrest.Matchers.hasItem;
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
import org.mappahub.access.Users;
import org.mappahub.meeting.MeetingFixture;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The meetings API: schedule (201), invite, record held with attendance, read the cycle; unknown fields and bad
 * values refused naming the field (400 problem); a stale version 409; a shared DTC agency 403 on the meetings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class MeetingApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired MovableClock clock;
    @Autowired JsonMapper json;

    MeetingFixture f;
    String base;

    @BeforeEach
    void aPersonAtLevel2() {
        clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        f = new MeetingFixture("MEETAPI", areas, users, agencies, nominals);
        base = "/api/v1/nominals/" + f.person("MEETAPIPERSON", 2, TODAY.minusMonths(1)) + "/meetings";
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    RequestPostProcessor chair() {
        return user(f.chair).roles("CHAIR");
    }

    JsonNode body(String content) {
        return json.readTree(content);
    }

    @Test
    void scheduleInviteHoldAndReadTheCycle() throws Exception {
        String created = mvc.perform(post(base).with(chair()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INITIAL\",\"date\":\"2026-05-01\",\"time\":\"08:00\",\"virtual\":true,"
                                + "\"chair\":\"" + f.chair + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andReturn().getResponse().getContentAsString();
        long id = body(created).get("id").asLong();
        String invited = mvc.perform(post(base + "/" + id + "/invitations").with(chair()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"agencyId\":" + f.dtcAgency + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        long invitation = body(invited).get("invitations").get(0).get("id").asLong();

        mvc.perform(get("/api/v1/nominals/" + base.split("/")[4]).with(user(f.dtc).roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isOk());
        mvc.perform(get(base).with(user(f.dtc).roles("DTC_REPRESENTATIVE"))).andExpect(status().isForbidden());

        mvc.perform(put(base + "/" + id + "/outcome").with(chair()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"HELD\",\"attendance\":{\"" + invitation + "\":\"ATTENDED\"}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mappa-hub.example/problems/stale-version"));
        mvc.perform(put(base + "/" + id + "/outcome").with(chair()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"status\":\"HELD\",\"attendance\":{\"" + invitation + "\":\"DID_NOT_ATTEND\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.invitations[0].attendance").value("DID_NOT_ATTEND"));
        mvc.perform(get(base).with(user(f.practitioner).roles("PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewCycle.lastHeld").value("2026-05-01"))
                .andExpect(jsonPath("$.reviewCycle.nextReviewDueBy").value("2026-08-21"))
                .andExpect(jsonPath("$.reviewCycle.overdue").value(false));
    }

    @Test
    void unknownFieldsAndBadValuesAreRefusedNamingTheField() throws Exception {
        mvc.perform(post(base).with(chair()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SOMETIME\",\"date\":\"1 May\",\"time\":\"10:00\",\"venue\":\"x\",\"chair\":\""
                                + f.chair + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mappa-hub.example/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("date")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("venue")));
        mvc.perform(post(base).with(chair()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"REVIEW\",\"date\":\"2026-05-10\",\"time\":\"10:00\",\"place\":\"Room 1\","
                                + "\"chair\":\"" + f.coordinator + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chair"));
        mvc.perform(post(base).with(user(f.practitioner).roles("PRACTITIONER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"REVIEW\",\"date\":\"2026-05-10\",\"time\":\"10:00\",\"virtual\":true,"
                                + "\"chair\":\"" + f.chair + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/999999999").with(chair())).andExpect(status().isNotFound());
    }
}
