package org.mappahub.assessment.api;

import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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

import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/** The risk assessment API: record, read (current and history), read one, change; refusals, unknown fields, stale edits. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class AssessmentApiTest {

    static final String AREA = "ASSESSAPI";
    static final String OASYS = "{\"tool\":\"OASYS\",\"assessedOn\":\"2026-05-03\",\"assessor\":\"Olive Officer\","
            + "\"levels\":{\"CHILDREN\":\"VERY_HIGH\",\"PUBLIC\":\"HIGH\",\"KNOWN_ADULT\":\"LOW\",\"STAFF\":\"LOW\"},"
            + "\"nextDueOn\":\"2026-11-03\"";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPerson() {
        clock.set(LocalDate.of(2026, 5, 10).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Apiriskshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("ara.practitioner", Role.PRACTITIONER, AREA);
        dtcAgency = placed.place("ara.dtc", Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("ASSESSAPIPERSON", List.of("Ann"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("ara.practitioner").roles("PRACTITIONER");
    }

    @Test
    void recordsReadsAndChangesAnAssessment() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/assessments";
        String created = mvc.perform(post(base).with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(OASYS + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tool").value("OASYS"))
                .andExpect(jsonPath("$.levels.CHILDREN").value("VERY_HIGH"))
                .andExpect(jsonPath("$.agency").value(endsWith("test police")))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get(base).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.highestCurrentRiskOfSeriousHarm").value("VERY_HIGH"))
                .andExpect(jsonPath("$.current[0].id").value(id))
                .andExpect(jsonPath("$.history.length()").value(1));
        mvc.perform(put(base + "/" + id).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(OASYS.replace("VERY_HIGH", "MEDIUM").replace("\"HIGH\"", "\"MEDIUM\"") + ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.levels.CHILDREN").value("MEDIUM"));
        mvc.perform(get(base + "/" + id).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels.PUBLIC").value("MEDIUM"));
        mvc.perform(get(base).with(practitioner()))
                .andExpect(jsonPath("$.highestCurrentRiskOfSeriousHarm").value("MEDIUM"));
    }

    @Test
    void badInputIs400StaleIs409AndADtcRepresentativeIsRefused() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/assessments";
        mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tool\":\"ARMS\",\"assessedOn\":\"2026-05-01\",\"assessor\":\"Al\","
                                + "\"levels\":{\"OVERALL\":\"VERY_HIGH\"},\"nextDueOn\":\"2026-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-parameter")))
                .andExpect(jsonPath("$.errors[?(@.field == 'levels.OVERALL')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'nextDueOn')]").exists());
        mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(OASYS + ",\"riskScore\":12}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskScore"));
        mvc.perform(get(base).with(practitioner())).andExpect(jsonPath("$.history.length()").value(0));

        String created = mvc.perform(post(base).with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(OASYS + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(put(base + "/" + id).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(OASYS + ",\"version\":7}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")));
        mvc.perform(get(base + "/" + (id + 100_000)).with(practitioner()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(endsWith("/assessment-not-found")));

        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get(base).with(user("ara.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
    }
}
