package org.mappahub.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * The referral pages through MockMvc: a practitioner submits (400 naming the fields, then success), the record page
 * shows the referral and its screening deadline, the co-ordinator's list shows it, the co-ordinator screens with a
 * chair, and a second screening of the same version is 409 with a clear message; a practitioner may not screen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralPagesTest {

    static final String AREA = "REFERRALPAGES";
    static final String PRACTITIONER = "referral.pages.practitioner";
    static final String COORDINATOR = "referral.pages.coordinator";
    static final String CHAIR = "referral.pages.chair";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired NominalChanges changes;
    @Autowired JdbcClient jdbc;

    String ref;

    @BeforeEach
    void aPerson() {
        areas.save(new Area(AREA, "Referralpagesshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(PRACTITIONER, Role.PRACTITIONER, AREA);
        placed.place(COORDINATOR, Role.COORDINATOR, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        ref = changes.create(AREA, new Identity("PAGEREFERRED", List.of("Pat"), LocalDate.of(1981, 3, 3), null,
                null, null, null, null, null), "test");
    }

    static RequestPostProcessor practitioner() {
        return user(PRACTITIONER).roles("PRACTITIONER");
    }

    static RequestPostProcessor coordinator() {
        return user(COORDINATOR).roles("COORDINATOR");
    }

    private long submitted() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/referrals").with(practitioner()).with(csrf()).param("category", "2")
                        .param("indexOffence", "Wounding").param("sentence", "5 years").param("hospitalDetention", "no")
                        .param("reason", "Risk to partner").param("levelAsked", "2").param("crn", "X999"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(r.id) from referral r join nominal n on n.id = r.nominal_id where n.ref = ?")
                .param(ref).query(Long.class).single();
    }

    @Test
    void badInputIs400NamingTheFields() throws Exception {
        mvc.perform(get("/nominals/" + ref + "/referrals/new").with(practitioner())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Make a MAPPA referral")));
        mvc.perform(post("/nominals/" + ref + "/referrals").with(practitioner()).with(csrf()).param("category", "3")
                        .param("releaseDateDay", "31").param("releaseDateMonth", "2").param("releaseDateYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#releaseDate\"")))
                .andExpect(content().string(containsString("Enter the index offence")))
                .andExpect(content().string(containsString("Category 3 needs a justification")))
                .andExpect(content().string(containsString("Select the level asked for")));
    }

    @Test
    void submittedShownOnTheRecordAndTheListThenScreenedOnceAndAStaleScreeningIs409() throws Exception {
        long id = submitted();
        mvc.perform(get("/nominals/" + ref + "/referrals/" + id).with(practitioner())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for screening")))
                .andExpect(content().string(containsString("X999")))
                .andExpect(content().string(not(containsString("Record the screening decision"))));
        mvc.perform(get("/nominals/" + ref).with(practitioner())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Referral to screen")))
                .andExpect(content().string(containsString("level 2 asked for, screen by")));
        mvc.perform(get("/referrals").with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)));
        mvc.perform(get("/referrals").with(practitioner())).andExpect(status().isForbidden());

        mvc.perform(post("/nominals/" + ref + "/referrals/" + id + "/screening").with(practitioner()).with(csrf())
                        .param("version", "0").param("decision", "ACCEPTED").param("level", "2").param("chair", CHAIR))
                .andExpect(status().isForbidden());
        mvc.perform(post("/nominals/" + ref + "/referrals/" + id + "/screening").with(coordinator()).with(csrf())
                        .param("version", "0").param("decision", "NOT_ACCEPTED").param("chair", CHAIR))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#rationale\"")));
        mvc.perform(get("/nominals/" + ref + "/referrals/" + id).with(coordinator()))
                .andExpect(content().string(containsString("Record the screening decision")));
        mvc.perform(post("/nominals/" + ref + "/referrals/" + id + "/screening").with(coordinator()).with(csrf())
                        .param("version", "0").param("decision", "ACCEPTED").param("level", "2").param("chair", CHAIR))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/nominals/" + ref + "/referrals/" + id + "/screening").with(coordinator()).with(csrf())
                        .param("version", "0").param("decision", "ACCEPTED").param("level", "3").param("chair", CHAIR))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else screened this referral")))
                .andExpect(content().string(containsString("Accepted at level 2")));
        mvc.perform(get("/referrals").with(coordinator()))
                .andExpect(content().string(not(containsString(ref))));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and actor = ?")
                .params(ref, COORDINATOR).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    /** The co-ordinator's path (issue 5's full-cycle test): from the record to the referral, and back after screening. */
    @Test
    void theRecordOffersAReferralFromTheStartAndTheScreenedReferralLeadsBackToTheRecord() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(practitioner())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/nominals/" + ref + "/referrals/new\"")))
                .andExpect(content().string(containsString("Make a referral")));
        long id = submitted();
        String page = "/nominals/" + ref + "/referrals/" + id;
        mvc.perform(get(page).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Go to the person's record"))));
        mvc.perform(post(page + "/screening").with(coordinator()).with(csrf())
                        .param("version", "0").param("decision", "ACCEPTED").param("level", "2").param("chair", CHAIR))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/nominals/" + ref + "\"")))
                .andExpect(content().string(containsString("Go to the person's record")));
    }

    /** The chair is picked from the area's chairs by name, as the meeting form does, not typed as a user name. */
    @Test
    void theScreeningFormOffersTheAreasChairsByName() throws Exception {
        long id = submitted();
        String page = "/nominals/" + ref + "/referrals/" + id;
        mvc.perform(get(page).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select")))
                .andExpect(content().string(containsString("<option value=\"" + CHAIR + "\">Test " + CHAIR + "</option>")))
                .andExpect(content().string(not(containsString(COORDINATOR + "</option>"))));
        mvc.perform(post(page + "/screening").with(coordinator()).with(csrf())
                        .param("version", "0").param("decision", "ACCEPTED").param("level", "2").param("chair", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the chair who took the decision")))
                .andExpect(content().string(containsString("<option value=\"" + CHAIR + "\">Test " + CHAIR + "</option>")));
    }
}
