package org.mappahub.orders.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
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
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/**
 * The civil orders API: add, read (ETag = the record's version), replace, change and breach; the law's refusals and
 * bad fields are 400 naming the field and the rule, unknown fields too; no version 428; a stale one 409; a DTC
 * representative is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class CivilOrderApiTest {

    static final String AREA = "ORDERAPI";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;

    String ref;
    String base;
    long dtcAgency;

    @BeforeEach
    void aPerson() {
        clock.set(LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Orderapishire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("oapi.practitioner", Role.PRACTITIONER, AREA);
        dtcAgency = placed.place("oapi.dtc", Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("ORDAPIPERSON", List.of("Orla"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
        base = "/api/v1/nominals/" + ref;
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("oapi.practitioner").roles("PRACTITIONER");
    }

    @Test
    void addsReadsReplacesChangesAndRecordsABreach() throws Exception {
        mvc.perform(get(base + "/orders").with(practitioner()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.orders.length()").value(0));
        mvc.perform(post(base + "/orders").with(practitioner()).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"SHPO\",\"applied\":\"2021-05-01\",\"granted\":\"2021-06-01\",\"to\":null,"
                                + "\"prohibitions\":[\"Not to approach schools\"],\"foreignTravelRestriction\":true,"
                                + "\"travelProhibitionEnds\":\"2026-06-01\",\"travelCountries\":[]}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.orders[0].status").value("IN_FORCE"))
                .andExpect(jsonPath("$.orders[0].from").value("2021-06-01"))
                .andExpect(jsonPath("$.orders[0].to").doesNotExist())
                .andExpect(jsonPath("$.orders[0].prohibitions[0]").value("Not to approach schools"));
        mvc.perform(put(base + "/orders/0").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"type\":\"SHPO\",\"granted\":\"2021-06-01\",\"to\":\"2031-06-01\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.orders[0].to").value("2031-06-01"))
                .andExpect(jsonPath("$.orders[0].foreignTravelRestriction").value(false));
        mvc.perform(post(base + "/orders/0/changes").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"kind\":\"DISCHARGED\",\"date\":\"2025-06-01\",\"description\":\"On application\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.orders[0].status").value("DISCHARGED"))
                .andExpect(jsonPath("$.orders[0].to").value("2025-06-01"))
                .andExpect(jsonPath("$.orders[0].changes[0].kind").value("DISCHARGED"));
        mvc.perform(post(base + "/order-breaches").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3,\"order\":0,\"date\":\"2024-01-05\",\"outcome\":\"PENDING\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.breaches[0].type").value("ORDER_BREACH"))
                .andExpect(jsonPath("$.breaches[0].order").value("SHPO"))
                .andExpect(jsonPath("$.breaches[0].outcome").value("PENDING"));
    }

    @Test
    void refusalsAreProblemsNamingTheFieldAndTheRule() throws Exception {
        mvc.perform(post(base + "/orders").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"type\":\"SRO\",\"granted\":\"2024-01-01\",\"to\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-parameter")))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("An SRO lasts at least 2 years")));
        mvc.perform(post(base + "/orders").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"type\":\"SHPOO\",\"granted\":\"yesterday\",\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(post(base + "/orders").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"DVPO\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value(endsWith("/version-required")));
        mvc.perform(post(base + "/orders").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":5,\"type\":\"DVPO\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")))
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(put(base + "/orders/3").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"type\":\"DVPO\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDtcRepresentativeOfASharedCaseIsRefused() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        RequestPostProcessor dtc = user("oapi.dtc").roles("DTC_REPRESENTATIVE");
        mvc.perform(get(base + "/orders").with(dtc)).andExpect(status().isForbidden());
        mvc.perform(post(base + "/orders").with(dtc).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"type\":\"DVPO\"}")).andExpect(status().isForbidden());
    }
}
