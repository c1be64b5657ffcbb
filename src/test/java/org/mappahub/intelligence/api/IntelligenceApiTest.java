package org.mappahub.intelligence.api;

import static org.hamcrest.Matchers.containsString;
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
import org.mappahub.access.AgencyType;
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

/** The intelligence log API: add, read (the export) newest first and by kind, correct; 400, 403, 404 and 409. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class IntelligenceApiTest {

    static final String AREA = "INTELAPI";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;

    String ref;
    long police;
    long dtcAgency;

    @BeforeEach
    void aPerson() {
        clock.set(LocalDate.of(2026, 5, 10).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Apishire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        police = placed.place("intel.api.police", Role.PRACTITIONER, AREA, AgencyType.POLICE);
        placed.place("intel.api.probation", Role.PRACTITIONER, AREA, AgencyType.PROBATION);
        dtcAgency = placed.place("intel.api.dtc", Role.DTC_REPRESENTATIVE, AREA, AgencyType.ELECTRONIC_MONITORING);
        ref = changes.create(AREA, new Identity("INTELAPIPERSON", List.of("Ann"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor police() {
        return user("intel.api.police").roles("PRACTITIONER");
    }

    static String body(String occurredOn, String kind, String summary, String extra) {
        return "{\"occurredOn\":\"" + occurredOn + "\",\"kind\":\"" + kind + "\",\"summary\":\"" + summary + "\","
                + "\"sourceEvaluation\":\"1\",\"intelligenceEvaluation\":\"A\",\"handlingCode\":\"P\"" + extra + "}";
    }

    @Test
    void addsReadsNewestFirstFiltersAndCorrects() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/intelligence";
        mvc.perform(post(base).with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-05-03", "HOME_VISIT", "Seen at home", "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handling.classification").value("OFFICIAL_SENSITIVE"))
                .andExpect(jsonPath("$.sourceAgency.id").value(police))
                .andExpect(jsonPath("$.version").value(0));
        String tag = mvc.perform(post(base).with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"occurredOn\":\"2026-05-08\",\"kind\":\"ELECTRONIC_MONITORING\",\"summary\":\"Curfew breach 23:40\","
                                + "\"sourceAgencyId\":" + dtcAgency + ",\"classification\":\"OFFICIAL\",\"sourceEvaluation\":2,"
                                + "\"intelligenceEvaluation\":\"B\",\"handlingCode\":\"C\",\"handlingConditions\":\"Not to the person\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handling.handlingConditions").value("Not to the person"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(tag, "$.id")).longValue();

        mvc.perform(get(base).with(police()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].kind").value("ELECTRONIC_MONITORING"))
                .andExpect(jsonPath("$.entries[0].handling.sourceEvaluation").value("2"))
                .andExpect(jsonPath("$.entries[1].kind").value("HOME_VISIT"));
        mvc.perform(get(base).param("kind", "HOME_VISIT").with(police()))
                .andExpect(jsonPath("$.entries.length()").value(1));

        mvc.perform(put(base + "/" + id).with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-05-08", "ELECTRONIC_MONITORING", "Curfew breach 23:45", ",\"version\":0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("Curfew breach 23:45"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(base + "/" + id).with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-05-08", "ELECTRONIC_MONITORING", "Stale", ",\"version\":0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")));
        mvc.perform(put(base + "/" + id).with(user("intel.api.probation").roles("PRACTITIONER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-05-08", "ELECTRONIC_MONITORING", "Probation's", ",\"version\":1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("which recorded this entry")));
        mvc.perform(put(base + "/123456789").with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-05-08", "ELECTRONIC_MONITORING", "Nowhere", ",\"version\":0")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(endsWith("/entry-not-found")));
    }

    @Test
    void badInputAndUnknownFieldsAre400AndADtcRepresentativeIsRefused() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/intelligence";
        mvc.perform(post(base).with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"occurredOn\":\"yesterday\",\"kind\":\"GOSSIP\",\"handlingCode\":\"C\",\"secret\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-parameter")))
                .andExpect(jsonPath("$.errors[?(@.field == 'secret')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'occurredOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
        mvc.perform(post(base).with(police()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-05-03", "HOME_VISIT", "Visit", ",\"handlingCode\":\"C\"").replace(
                                "\"handlingCode\":\"P\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handlingConditions"));
        mvc.perform(get(base).param("kind", "GOSSIP").with(police())).andExpect(status().isBadRequest());
        mvc.perform(get(base).with(police())).andExpect(jsonPath("$.entries.length()").value(0));

        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get("/api/v1/nominals/" + ref).with(user("intel.api.dtc").roles("DTC_REPRESENTATIVE"))).andExpect(status().isOk());
        mvc.perform(get(base).with(user("intel.api.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
    }
}
