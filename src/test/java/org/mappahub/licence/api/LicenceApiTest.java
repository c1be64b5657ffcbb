package org.mappahub.licence.api;

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

/** The licence API: record with conditions (a GeoJSON zone), vary, read back as the export; refusals and stale edits. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class LicenceApiTest {

    static final String AREA = "LICAPI";

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
        clock.set(LocalDate.of(2026, 1, 15).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Licapishire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("licapi.practitioner", Role.PRACTITIONER, AREA);
        dtcAgency = placed.place("licapi.dtc", Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("LICAPIPERSON", List.of("Al"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("licapi.practitioner").roles("PRACTITIONER");
    }

    @Test
    void recordsVariesAndExportsALicence() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/licences";
        String created = mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"startsOn": "2025-06-01", "endsOn": "2027-05-03", "sentence": "4 years' imprisonment",
                                 "conditions": [
                                   {"code": "NO_CONTACT_NAMED_PERSON", "namedPerson": "Jane Doe", "victimRequested": true},
                                   {"code": "EXCLUSION_ZONE", "zoneDescription": "Cardiff Bay",
                                    "zonePolygon": {"type": "Polygon", "coordinates": [[[-3.17,51.46],[-3.16,51.46],[-3.16,51.47],[-3.17,51.46]]]}}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.conditions.length()").value(2))
                .andExpect(jsonPath("$.conditions[0].victimRequested").value(true))
                .andExpect(jsonPath("$.conditions[1].parameters.EXCLUSION_ZONE.polygon.type").value("Polygon"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long first = ((Number) JsonPath.read(created, "$.conditions[0].id")).longValue();

        mvc.perform(post(base + "/" + id + "/variations").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"variedOn\":\"2026-01-10\",\"reason\":\"Victim moved\",\"removed\":[" + first
                                + "],\"added\":[{\"code\":\"DISCLOSE_VEHICLES\"}],\"endsOn\":\"2027-06-03\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.endsOn").value("2027-06-03"));

        mvc.perform(get(base).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standardConditions.source").value(containsString("Licence Conditions) Order 2015")))
                .andExpect(jsonPath("$.standardConditions.conditions.length()").value(9))
                .andExpect(jsonPath("$.licences[0].conditions[*].code").value(org.hamcrest.Matchers.contains("EXCLUSION_ZONE", "DISCLOSE_VEHICLES")))
                .andExpect(jsonPath("$.licences[0].removedConditions[0].code").value("NO_CONTACT_NAMED_PERSON"))
                .andExpect(jsonPath("$.licences[0].variations[0].reason").value("Victim moved"))
                .andExpect(jsonPath("$.licences[0].variations[0].changes.endsOn.from").value("2027-05-03"));
    }

    @Test
    void badInputIs400NamingTheFieldStaleIs409AndADtcRepresentativeIsRefused() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/licences";
        mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsOn\":\"2025-06-01\",\"endsOn\":\"2027-05-03\",\"sentence\":\"4 years\","
                                + "\"conditions\":[{\"code\":\"NO_UNSUPERVISED_CONTACT_CHILDREN\",\"age\":18},"
                                + "{\"code\":\"EXCLUSION_ZONE\",\"zoneDescription\":\"x\",\"zonePolygon\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-parameter")))
                .andExpect(jsonPath("$.errors[0].field").value("conditions[0].age"))
                .andExpect(jsonPath("$.errors[1].field").value("conditions[1].zonePolygon"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("England and Wales")));
        mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsOn\":\"2025-06-01\",\"endsOn\":\"2027-05-03\",\"sentence\":\"x\",\"colour\":\"red\","
                                + "\"conditions\":[{\"code\":\"DISCLOSE_VEHICLES\",\"namedPersn\":\"x\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[1].field").value("conditions[0].namedPersn"));
        String created = mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsOn\":\"2025-06-01\",\"endsOn\":\"2027-05-03\",\"sentence\":\"4 years\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(put(base + "/" + id).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"startsOn\":\"2025-06-01\",\"endsOn\":\"2027-05-04\",\"sentence\":\"4 years\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(base + "/" + id).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"startsOn\":\"2025-06-01\",\"endsOn\":\"2027-05-05\",\"sentence\":\"4 years\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")));
        mvc.perform(put(base + "/99999999").with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"startsOn\":\"2025-06-01\",\"endsOn\":\"2027-05-05\",\"sentence\":\"4 years\"}"))
                .andExpect(status().isNotFound());

        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get(base).with(user("licapi.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
    }
}
