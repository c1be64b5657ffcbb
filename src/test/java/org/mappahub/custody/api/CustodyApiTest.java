package org.mappahub.custody.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import org.mappahub.interchange.ExportProgress;
import org.mappahub.interchange.McifExport;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.Nominals;

/**
 * The custody API: add, end and read spans, the expected release and milestones; unknown fields, rule refusals
 * (400 naming the field), stale versions (409) and a DTC representative (403); and the MCIF/1 export of the area
 * carries the span entered through the application exactly as entered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class CustodyApiTest {

    static final String AREA = "CUSTAPI";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;
    @Autowired McifExport export;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPerson() {
        clock.set(LocalDate.of(2026, 8, 5).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Custody Apishire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("capi.practitioner", Role.PRACTITIONER, AREA);
        dtcAgency = placed.place("capi.dtc", Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("CUSTAPIPERSON", List.of("Ann"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("capi.practitioner").roles("PRACTITIONER");
    }

    private int version() {
        return TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().version());
    }

    @Test
    void addsAndEndsASpanAndReadsTheExpectedReleaseAndMilestones() throws Exception {
        mvc.perform(post("/api/v1/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"kind\":\"PRISON\",\"reason\":\"RECALL\",\"from\":\"2024-05-03\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inCustody").value(true))
                .andExpect(jsonPath("$.spans[0].reason").value("RECALL"))
                .andExpect(jsonPath("$.spans[0].to").doesNotExist());
        mvc.perform(put("/api/v1/nominals/" + ref + "/custody/expected-release").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedRelease\":\"2027-02-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedRelease").value("2027-02-01"))
                .andExpect(jsonPath("$.expectedReleaseVersion").value(0))
                .andExpect(jsonPath("$.milestones[1].milestone").value("LEVEL_SET"))
                .andExpect(jsonPath("$.milestones[1].by").value("2026-08-01"))
                .andExpect(jsonPath("$.milestones[1].status").value("OVERDUE"))
                .andExpect(jsonPath("$.milestones[2].status").value("NOT_RECORDED"));

        // the MCIF/1 export carries what was entered
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestUsers.asOperator(() -> export.export(AREA, out, "operator:test", ExportProgress.NONE));
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported.lines().filter(l -> l.contains(ref))).singleElement().satisfies(line ->
                assertThat(line).contains("\"custody\":[{\"kind\":\"PRISON\",\"reason\":\"RECALL\",\"from\":\"2024-05-03\""));

        mvc.perform(put("/api/v1/nominals/" + ref + "/custody/spans/0").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"kind\":\"PRISON\",\"reason\":\"RECALL\","
                                + "\"from\":\"2024-05-03\",\"to\":\"2026-08-04\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inCustody").value(false))
                .andExpect(jsonPath("$.expectedRelease").doesNotExist())
                .andExpect(jsonPath("$.spans[0].to").value("2026-08-04"));
        mvc.perform(get("/api/v1/nominals/" + ref + "/custody").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.spans.length()").value(1));
    }

    @Test
    void refusesUnknownFieldsRuleBreachesStaleVersionsAndADtcRepresentative() throws Exception {
        int v = version();
        mvc.perform(post("/api/v1/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"kind\":\"PRISON\",\"reason\":\"SENTENCE\",\"from\":\"2024-05-03\",\"form\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form"));
        mvc.perform(post("/api/v1/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"kind\":\"PRISON\",\"reason\":\"BREACH_OF_ORDER\",\"from\":\"2024-05-03\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", endsWith("/invalid-parameter")))
                .andExpect(jsonPath("$.errors[0].field").value("order"))
                .andExpect(jsonPath("$.detail", containsString("names the order breached")));
        mvc.perform(post("/api/v1/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"kind\":\"PRISON\",\"reason\":\"SENTENCE\",\"from\":\"2024-05-03\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"kind\":\"PRISON\",\"reason\":\"REMAND\",\"from\":\"2020-05-03\",\"to\":\"2020-06-03\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("/stale-version")));
        mvc.perform(post("/api/v1/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"kind\":\"PRISON\",\"reason\":\"REMAND\",\"from\":\"2025-05-03\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.detail", containsString("must not overlap")));

        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get("/api/v1/nominals/" + ref + "/custody").with(user("capi.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("/forbidden")));
    }
}
