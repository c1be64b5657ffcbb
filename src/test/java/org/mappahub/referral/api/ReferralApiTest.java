package org.mappahub.referral.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/** The referral API: submit, read, screen; bad input is 400 naming the field, unknown fields refused, stale 409. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralApiTest {

    static final String AREA = "REFERRALAPI";
    static final String PRACTITIONER = "referral.api.practitioner";
    static final String COORDINATOR = "referral.api.coordinator";
    static final String CHAIR = "referral.api.chair";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired NominalChanges changes;

    String ref;

    @BeforeEach
    void aPerson() {
        areas.save(new Area(AREA, "Referralapishire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(PRACTITIONER, Role.PRACTITIONER, AREA);
        placed.place(COORDINATOR, Role.COORDINATOR, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        ref = changes.create(AREA, new Identity("APIREFERRED", List.of("Ann"), LocalDate.of(1979, 2, 2), null,
                null, null, null, null, null), "test");
    }

    static RequestPostProcessor practitioner() {
        return user(PRACTITIONER).roles("PRACTITIONER");
    }

    static RequestPostProcessor coordinator() {
        return user(COORDINATOR).roles("COORDINATOR");
    }

    @Test
    void submitsReadsAndScreensAReferralAndAStaleScreeningIs409() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/referrals";
        String created = mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"category": 2, "indexOffence": "GBH", "sentence": "5 years", "hospitalDetention": false,
                                 "reason": "Escalating violence", "levelAsked": 3, "releaseDate": "2026-09-01"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.levelAsked").value(3))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.decision").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get(base).with(practitioner())).andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[0].id").value(id));
        mvc.perform(post(base + "/" + id + "/screening").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"decision\":\"ACCEPTED\",\"level\":3,\"chair\":\"" + CHAIR + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("ACCEPTED"))
                .andExpect(jsonPath("$.levelAccepted").value(3))
                .andExpect(jsonPath("$.coordinator").value(COORDINATOR));
        mvc.perform(get("/api/v1/nominals/" + ref).with(practitioner())).andExpect(status().isOk())
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(
                        content.getResponse().getContentAsString()).contains("accepted at level 3"));
        mvc.perform(post(base + "/" + id + "/screening").with(coordinator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"decision\":\"NOT_ACCEPTED\",\"chair\":\"" + CHAIR
                                + "\",\"rationale\":\"r\",\"advice\":\"a\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was screened by " + COORDINATOR)));
    }

    @Test
    void badInputIs400NamingTheFieldAndUnknownFieldsAreRefused() throws Exception {
        String base = "/api/v1/nominals/" + ref + "/referrals";
        mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":2,\"levelAsked\":1,\"hospitalDetention\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Enter the index offence")))
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(content.getResponse()
                        .getContentAsString()).contains("levelAsked").contains("hospitalDetails"));
        mvc.perform(post(base).with(practitioner()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categry\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Unknown field categry")));
        mvc.perform(get(base + "/999999999").with(practitioner())).andExpect(status().isNotFound());
    }
}
