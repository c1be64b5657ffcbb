package org.mappahub.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
 * The risk assessment pages: an own-area practitioner records OASys assessments and sees the current picture (red
 * tags for high and very high) and the history, and the record page's risk of serious harm and due assessment; bad
 * input comes back with errors naming the fields; a stale edit is refused with a message; a DTC representative of a
 * shared case sees neither link nor page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class AssessmentPagesTest {

    static final String HOME = "ASSESSPAGEHOME";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPersonOfOurArea() {
        clock.set(LocalDate.of(2026, 5, 10).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(HOME, "Riskshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("rita.practitioner", Role.PRACTITIONER, HOME);
        dtcAgency = placed.place("rob.dtc", Role.DTC_REPRESENTATIVE, HOME);
        ref = changes.create(HOME, new Identity("ASSESSPAGEPERSON", List.of("Rhys"), LocalDate.of(1979, 2, 2), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("rita.practitioner").roles("PRACTITIONER");
    }

    private MockHttpServletRequestBuilder oasys(String path, String day, String children, String pub) {
        return oasys(path, day, "5", children, pub);
    }

    private MockHttpServletRequestBuilder oasys(String path, String day, String month, String children, String pub) {
        return post(path).with(practitioner()).with(csrf()).param("tool", "OASYS")
                .param("assessedDay", day).param("assessedMonth", month).param("assessedYear", "2026")
                .param("assessor", "Olive Officer")
                .param("levels.CHILDREN", children).param("levels.PUBLIC", pub)
                .param("levels.KNOWN_ADULT", "MEDIUM").param("levels.STAFF", "LOW")
                .param("nextDueDay", "1").param("nextDueMonth", "6").param("nextDueYear", "2026");
    }

    @Test
    void anOwnAreaPractitionerRecordsAssessmentsAndSeesTheCurrentPictureAndTheHistory() throws Exception {
        String base = "/nominals/" + ref + "/assessments";
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString(base)));
        mvc.perform(get(base).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No risk assessment recorded")));
        mvc.perform(get(base + "/new").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which tool produced the assessment?")))
                .andExpect(content().string(containsString("Risk Matrix 2000 successor")));
        mvc.perform(get(base + "/new").param("tool", "OASYS").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risk of serious harm to a known adult")))
                .andExpect(content().string(containsString("Only while the person is in custody")));

        mvc.perform(oasys(base, "1", "1", "LOW", "LOW"))
                .andExpect(redirectedUrl(base));
        mvc.perform(oasys(base, "3", "VERY_HIGH", "HIGH")).andExpect(redirectedUrl(base));

        String page = mvc.perform(get(base).with(practitioner()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String current = page.substring(page.indexOf("id=\"current-picture\""), page.indexOf("id=\"history\""));
        assertThat(current).contains("3 May 2026", "Very high", "govuk-tag--red").doesNotContain("1 January 2026");
        assertThat(page.substring(page.indexOf("id=\"history\""))).contains("3 May 2026", "1 January 2026");
        assertThat(page).contains("Highest current risk of serious harm", "Olive Officer");

        // The record page: the risk of serious harm in a line, and the next OASys due within 30 days
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString(
                        "Very high to children, high to the public (OASys, 3 May 2026)")))
                .andExpect(content().string(containsString("OASys assessment due")));
    }

    @Test
    void badInputComesBackWithErrorsNamingTheFieldsAndChangesNothing() throws Exception {
        String base = "/nominals/" + ref + "/assessments";
        mvc.perform(post(base).with(practitioner()).with(csrf()).param("tool", "OASYS")
                        .param("assessedDay", "11").param("assessedMonth", "5").param("assessedYear", "2026")
                        .param("assessor", "Olive").param("levels.CHILDREN", "HIGH")
                        .param("nextDueDay", "11").param("nextDueMonth", "5").param("nextDueYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The date of the assessment must be today or in the past")))
                .andExpect(content().string(containsString("Select the risk of serious harm to the public (OASys)")))
                .andExpect(content().string(containsString("Select the risk of serious harm to staff (OASys)")));
        mvc.perform(post(base).with(practitioner()).with(csrf()).param("tool", "ARMS")
                        .param("assessedDay", "1").param("assessedMonth", "5").param("assessedYear", "2026")
                        .param("assessor", "Al").param("levels.OVERALL", "VERY_HIGH")
                        .param("nextDueDay", "1").param("nextDueMonth", "4").param("nextDueYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ARMS has no level ‘VERY_HIGH’")))
                .andExpect(content().string(containsString("The date the next assessment is due must be after the date of the assessment")));
        // an impossible date and a missing level show together; the date's message is the specific one
        mvc.perform(post(base).with(practitioner()).with(csrf()).param("tool", "SARA")
                        .param("assessedDay", "31").param("assessedMonth", "2").param("assessedYear", "2026")
                        .param("assessor", "Sam")
                        .param("nextDueDay", "1").param("nextDueMonth", "9").param("nextDueYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date of the assessment must be a real date")))
                .andExpect(content().string(not(containsString("Enter the date of the assessment"))))
                .andExpect(content().string(containsString("Select the risk of domestic abuse (SARA)")))
                .andExpect(content().string(containsString("Is the risk imminent?")));
        mvc.perform(post(base).with(practitioner()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the tool that produced the assessment")));
        mvc.perform(get(base).with(practitioner()))
                .andExpect(content().string(containsString("No risk assessment recorded")));
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndTheCurrentValues() throws Exception {
        String base = "/nominals/" + ref + "/assessments";
        mvc.perform(oasys(base, "3", "HIGH", "HIGH")).andExpect(redirectedUrl(base));
        long id = TestUsers.asOperator(() -> jdbc.sql("select r.id from risk_assessment r join nominal n on n.id = r.nominal_id where n.ref = ?")
                .param(ref).query(Long.class).single());
        mvc.perform(get(base + "/" + id + "/edit").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change a risk assessment: OASys")))
                .andExpect(content().string(containsString("Olive Officer")));
        mvc.perform(oasys(base + "/" + id, "4", "MEDIUM", "HIGH").param("version", "0")).andExpect(redirectedUrl(base));
        mvc.perform(oasys(base + "/" + id, "5", "LOW", "LOW").param("assessor", "Late Larry").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this risk assessment")))
                .andExpect(content().string(not(containsString("Late Larry"))))
                .andExpect(content().string(containsString("value=\"4\"")));
        mvc.perform(get(base + "/" + (id + 100_000) + "/edit").with(practitioner())).andExpect(status().isNotFound());
    }

    @Test
    void aDtcRepresentativeOfASharedCaseSeesNeitherTheLinkNorThePage() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        RequestPostProcessor dtc = user("rob.dtc").roles("DTC_REPRESENTATIVE");
        mvc.perform(get("/nominals/" + ref).with(dtc))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/nominals/" + ref + "/assessments"))));
        mvc.perform(get("/nominals/" + ref + "/assessments").with(dtc))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Current picture"))));
        mvc.perform(oasys("/nominals/" + ref + "/assessments", "3", "HIGH", "HIGH").with(dtc))
                .andExpect(status().isForbidden());
    }
}
