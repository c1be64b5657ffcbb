package org.mappahub.nominal.api;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mappahub.access.TestApiTokens.bearer;
import static org.mappahub.access.TestApiTokens.tokenFor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.ApiTokens;
import org.mappahub.access.Role;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord.Gender;

/** Searching over the API: results, how the query was understood, and refusals of bad paging. */
@SpringBootTest
@AutoConfigureMockMvc
class NominalSearchApiTest {

    static final String AREA = "APISEARCH";
    static final String PROBLEMS = "https://mappa-hub.example/problems/";
    static final String PASSWORD = "correct horse battery staple";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired org.mappahub.access.Agencies agencies;
    @Autowired ApiTokens tokens;

    static String token;

    static String ref;

    @BeforeEach
    void aPersonWithARareName() {
        areas.save(new Area(AREA, "API search test area", List.of(), List.of()));
        if (users.find("api-searcher").isEmpty()) {
            users.create("api-searcher", "Searcher (API test)", Role.PRACTITIONER,
                    new org.mappahub.access.TestUsers(users, agencies).agency(AREA, org.mappahub.access.AgencyType.POLICE), PASSWORD);
        }
        if (token == null) {
            token = tokenFor(tokens, "api-searcher");
        }
        if (ref == null) {
            ref = changes.create(AREA, new Identity("QUIXWORTHY", List.of("ZEBEDIAH"), LocalDate.of(1961, 4, 5),
                    Gender.MALE, null, null, null, null, null), "seed");
        }
    }

    static RequestPostProcessor searcher() {
        return bearer(token);
    }

    @Test
    void findsAPersonByNameWithALinkToTheRecord() throws Exception {
        mvc.perform(get("/api/v1/nominals").param("q", "Zebediah Quixworthy").with(searcher()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.query.name").value("Zebediah Quixworthy"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.results[0].ref").value(ref))
                .andExpect(jsonPath("$.results[0].fullName").value("ZEBEDIAH QUIXWORTHY"))
                .andExpect(jsonPath("$.results[0].dateOfBirth").value("1961-04-05"))
                .andExpect(jsonPath("$.results[0].areaCode").value(AREA))
                .andExpect(jsonPath("$.results[0].categoryAndLevel").exists())
                .andExpect(jsonPath("$.results[0].matchKind").exists())
                .andExpect(jsonPath("$.results[0].href").value("/api/v1/nominals/" + ref));
    }

    @Test
    void toleratesAMisspellingAndUsesTheDateOfBirth() throws Exception {
        mvc.perform(get("/api/v1/nominals").param("q", "Quixworthey 05/04/1961").param("size", "5").with(searcher()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query.dateOfBirth").value("1961-04-05"))
                .andExpect(jsonPath("$.results[*].ref").value(hasItem(ref)));
    }

    @Test
    void aPageSizeOverTheCapIsRefused() throws Exception {
        mvc.perform(get("/api/v1/nominals").param("q", "Quixworthy").param("size", "101").with(searcher()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("Size must be 1 to 100"));
    }

    @Test
    void aBadPageIsRefused() throws Exception {
        mvc.perform(get("/api/v1/nominals").param("q", "Quixworthy").param("page", "0").with(searcher()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/nominals").param("q", "Quixworthy").param("page", "two").with(searcher()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
    }

    @Test
    void aSearchWithNothingToSearchByIsRefused() throws Exception {
        mvc.perform(get("/api/v1/nominals").with(searcher()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/nominals").param("q", "   ").with(searcher()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/nominals").param("q", "31/02/1970").with(searcher()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("31/02/1970")));
    }

    @Test
    void searchingNeedsCredentials() throws Exception {
        mvc.perform(get("/api/v1/nominals").param("q", "Quixworthy"))
                .andExpect(status().isUnauthorized());
    }
}
