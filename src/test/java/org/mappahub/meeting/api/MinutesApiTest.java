package org.mappahub.meeting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MappMinutes;
import org.mappahub.meeting.MinutesFixture;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;

/**
 * The minutes API: start (201 with the ETag), save the draft with If-Match or a version (none: 428), a stale save 409
 * with the stored minutes, the user's values and the fields that differ, reapplied with the current version; unknown
 * fields and bad values refused naming the field; submit, approve (the chair only), and an invited DTC agency reading
 * the approved minutes but not a draft.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class MinutesApiTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired MappMeetings meetings;
    @Autowired MappMinutes minutes;
    @Autowired MovableClock clock;
    @Autowired JsonMapper json;

    MinutesFixture m;
    String ref;

    @BeforeEach
    void aPersonAtLevel3() {
        m = new MinutesFixture("MINAPI", areas, users, agencies, nominals, meetings, minutes, clock);
        ref = m.f.person("MINAPIPERSON", 3, LocalDate.of(2026, 1, 5));
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

    String base(long meetingId) {
        return "/api/v1/nominals/" + ref + "/meetings/" + meetingId + "/minutes";
    }

    static String draft(String supervision, String nextReview) {
        return """
                {"confidentialityRead": true, "offenderContribution": "A letter",
                 "risks": {"CHILDREN": "VERY_HIGH", "PUBLIC": "MEDIUM", "KNOWN_ADULT": "LOW", "STAFF": "LOW", "PRISONERS": "LOW"},
                 "whoAtRisk": "Girls aged 10 to 14", "triggers": "Alcohol", "protectiveFactors": "A supportive sister",
                 "supervision": "%s", "monitoringAndControl": "GPS tag", "interventionsAndTreatment": "Programme",
                 "victimSafetyPlanning": "Exclusion zone", "contingency": "Recall",
                 "disclosures": [{"what": "Conviction history", "toWhom": "Head teacher", "why": "Child contact",
                                  "authorisedBy": "ACC Smith", "offender": "CONSENTED", "disclosedOn": "2026-05-20"}],
                 "nextReviewDate": "%s"}""".formatted(supervision, nextReview);
    }

    @Test
    void aStaleSaveIs409WithWhatChangedAndTheEditIsReappliedWithTheCurrentVersion() throws Exception {
        long id = m.held(ref, DAY);
        mvc.perform(post(base(id)).with(taker()).with(csrf()))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.minutes.status").value("DRAFT"))
                .andExpect(jsonPath("$.minutes.nextReviewDate").value(DAY.plusWeeks(8).toString())) // level 3
                .andExpect(jsonPath("$.distributionDue").value("2026-06-04"));
        mvc.perform(put(base(id)).with(taker()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(draft("Weekly", "2026-07-01")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(base(id)).with(coordinator()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(draft("Police visits", "2026-07-01")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.minutes.supervision").value("Police visits"))
                .andExpect(jsonPath("$.minutes.disclosures[0].offender").value("CONSENTED"));
        String conflict = mvc.perform(put(base(id)).with(taker()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(draft("Probation visits", "2026-07-08")))
                .andExpect(status().isConflict())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.type").value(containsString("stale-version")))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.stored.supervision").value("Police visits"))
                .andExpect(jsonPath("$.yours.supervision").value("Probation visits"))
                .andReturn().getResponse().getContentAsString();
        JsonNode differences = json.readTree(conflict).get("differences");
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0).get("field").asString()).isEqualTo("supervision");
        assertThat(differences.get(0).get("stored").asString()).isEqualTo("Police visits");
        assertThat(differences.get(0).get("yours").asString()).isEqualTo("Probation visits");
        assertThat(differences.get(1).get("field").asString()).isEqualTo("nextReviewDate");
        // reapply: the same body with the current version
        mvc.perform(put(base(id)).with(taker()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(draft("Probation visits", "2026-07-08").replaceFirst("\\{", "{\"version\": 1, ")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes.supervision").value("Probation visits"))
                .andExpect(jsonPath("$.minutes.version").value(2));
    }

    @Test
    void badFieldsAreRefusedByNameAndNothingIsSaved() throws Exception {
        long id = m.held(ref, DAY);
        mvc.perform(post(base(id)).with(taker()).with(csrf())).andExpect(status().isCreated());
        mvc.perform(put(base(id)).with(taker()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"supervision\": \"x\", \"risks\": {\"CHILDREN\": \"ENORMOUS\"}, \"colour\": \"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'colour')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'risks.CHILDREN')]").exists());
        mvc.perform(put(base(id)).with(taker()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(draft("Weekly", "2026-07-16")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nextReviewDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("level3ReviewIntervalWeeks")));
        mvc.perform(get(base(id)).with(taker())).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.minutes.supervision").doesNotExist());
    }

    @Test
    void submittedApprovedByTheChairAndReadByTheInvitedAgencyOnlyOnceApproved() throws Exception {
        long id = m.held(ref, DAY);
        mvc.perform(post(base(id)).with(taker()).with(csrf()));
        mvc.perform(put(base(id)).with(taker()).with(csrf()).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(draft("Weekly", "2026-07-01"))).andExpect(status().isOk());
        mvc.perform(post(base(id) + "/submit").with(taker()).with(csrf())).andExpect(status().isPreconditionRequired());
        mvc.perform(post(base(id) + "/submit").with(taker()).with(csrf()).header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes.status").value("SUBMITTED"));
        RequestPostProcessor dtc = user(m.f.dtc).roles("DTC_REPRESENTATIVE");
        mvc.perform(get(base(id)).with(dtc)).andExpect(status().isForbidden());
        mvc.perform(post(base(id) + "/approve").with(taker()).with(csrf()).header("If-Match", "\"2\""))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(id) + "/approve").with(user(m.f.chair).roles("CHAIR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes.locked").value(true));
        mvc.perform(get(base(id)).with(dtc)).andExpect(status().isOk())
                .andExpect(jsonPath("$.minutes.supervision").value("Weekly"))
                .andExpect(jsonPath("$.minutes.status").value("APPROVED"));
        mvc.perform(get("/api/v1/nominals/" + ref + "/risk-management-plan").with(dtc)).andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.supervision").value("Weekly"));
        mvc.perform(post(base(id) + "/corrections").with(taker()).with(csrf()).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Wrong curfew hours\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.minutes.edition").value(2));
        mvc.perform(get(base(id) + "/versions").with(taker())).andExpect(status().isOk())
                .andExpect(jsonPath("$.editions.length()").value(2));
        mvc.perform(get(base(id)).with(dtc)).andExpect(jsonPath("$.minutes.edition").value(1)); // not the draft
    }
}
