package org.mappahub.intelligence.web;

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

/**
 * The intelligence log pages: an own-area practitioner adds entries and sees them newest first with their marking,
 * filters by kind, corrects their own agency's entry (stale: 409 with the current text); bad input is 400 with
 * the fields named; another agency's practitioner gets no correction link and a 403; a DTC representative of a
 * shared case sees neither link nor log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class IntelligencePagesTest {

    static final String AREA = "INTELPAGES";

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
        areas.save(new Area(AREA, "Pageshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("pip.police", Role.PRACTITIONER, AREA, AgencyType.POLICE);
        placed.place("pam.probation", Role.PRACTITIONER, AREA, AgencyType.PROBATION);
        dtcAgency = placed.place("des.dtc", Role.DTC_REPRESENTATIVE, AREA, AgencyType.HOUSING);
        ref = changes.create(AREA, new Identity("INTELPAGEPERSON", List.of("Ida"), LocalDate.of(1985, 2, 2), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor police() {
        return user("pip.police").roles("PRACTITIONER");
    }

    static RequestPostProcessor probation() {
        return user("pam.probation").roles("PRACTITIONER");
    }

    private MockHttpServletRequestBuilder entry(String path, String day, String kind, String summary) {
        return entry(path, day, kind, summary, "OFFICIAL_SENSITIVE", "P");
    }

    private MockHttpServletRequestBuilder entry(String path, String day, String kind, String summary,
                                                String classification, String handlingCode) {
        return post(path).with(csrf()).param("occurredDay", day).param("occurredMonth", "5").param("occurredYear", "2026")
                .param("kind", kind).param("summary", summary).param("classification", classification)
                .param("sourceEvaluation", "1").param("intelligenceEvaluation", "A").param("handlingCode", handlingCode);
    }

    private long onlyEntry() {
        return TestUsers.asOperator(() -> jdbc.sql("select e.id from intelligence_entry e join nominal n on n.id = e.nominal_id "
                + "where n.ref = ? order by e.id limit 1").param(ref).query(Long.class).single());
    }

    @Test
    void anOwnAreaPractitionerAddsEntriesAndSeesThemNewestFirstAndFiltered() throws Exception {
        String log = "/nominals/" + ref + "/intelligence";
        mvc.perform(get("/nominals/" + ref).with(police()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(log)));
        mvc.perform(get(log).with(police()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No entries")))
                .andExpect(content().string(containsString("Add an entry")));
        mvc.perform(entry(log, "3", "HOME_VISIT", "Seen at home.").with(police())).andExpect(redirectedUrl(log));
        mvc.perform(entry(log, "8", "MARAC", "Linked to MARAC on 8 May.", "OFFICIAL_SENSITIVE", "C").with(police())
                        .param("handlingConditions", "Responsible Authority only"))
                .andExpect(redirectedUrl(log));

        String page = mvc.perform(get(log).with(police())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Linked to MARAC")).isLessThan(page.indexOf("Seen at home."));
        assertThat(page).contains("OFFICIAL-SENSITIVE", "1/A/P", "1/A/C", "Conditions: Responsible Authority only",
                "INTELPAGES test police", "Correct");
        mvc.perform(get("/nominals/" + ref).with(police()))
                .andExpect(content().string(containsString("Intelligence log")))
                .andExpect(content().string(containsString("2 entries, latest 8 May 2026 (link to a MARAC)")));
        mvc.perform(get(log).param("kind", "HOME_VISIT").with(police()))
                .andExpect(content().string(containsString("Seen at home.")))
                .andExpect(content().string(not(containsString("Linked to MARAC"))));
        mvc.perform(get(log).param("kind", "GOSSIP").with(police()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a kind from the list")));
    }

    @Test
    void badInputComesBackWithTheFieldsNamedAndChangesNothing() throws Exception {
        String log = "/nominals/" + ref + "/intelligence";
        mvc.perform(post(log).with(police()).with(csrf()).param("occurredDay", "31").param("occurredMonth", "2")
                        .param("occurredYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("Select what the entry records")));
        mvc.perform(entry(log, "3", "HOME_VISIT", "Visit", "OFFICIAL_SENSITIVE", "C").with(police()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the handling conditions")));
        mvc.perform(entry(log, "3", "HOME_VISIT", "Visit", "SECRET", "P").with(police()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select OFFICIAL or OFFICIAL-SENSITIVE")));
        mvc.perform(get(log).with(police())).andExpect(content().string(containsString("No entries")));
    }

    @Test
    void theRecordingAgencyCorrectsAnEntryAndAStaleCorrectionIs409() throws Exception {
        String log = "/nominals/" + ref + "/intelligence";
        mvc.perform(entry(log, "3", "HOME_VISIT", "Child present at the visit.").with(police())).andExpect(redirectedUrl(log));
        String correction = log + "/" + onlyEntry() + "/correction";
        mvc.perform(get(correction).with(police()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Correct an intelligence log entry")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(entry(correction, "3", "HOME_VISIT", "No child present at the visit.").with(police()).param("version", "0"))
                .andExpect(redirectedUrl(log));
        mvc.perform(entry(correction, "3", "HOME_VISIT", "Someone's stale text.").with(police()).param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else corrected this entry")))
                .andExpect(content().string(containsString("No child present at the visit.")));
        mvc.perform(get(log).with(police()))
                .andExpect(content().string(containsString("Corrected by pip.police")))
                .andExpect(content().string(not(containsString("Someone&#39;s stale text."))));

        // Probation reads it but did not record it: no correction link, and the form is refused
        mvc.perform(get(log).with(probation()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No child present at the visit.")))
                .andExpect(content().string(not(containsString("/correction"))));
        mvc.perform(get(correction).with(probation())).andExpect(status().isForbidden());
        mvc.perform(entry(correction, "3", "HOME_VISIT", "Probation's version").with(probation()).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get(log + "/99999999/correction").with(police())).andExpect(status().isNotFound());
    }

    @Test
    void aDtcRepresentativeOfASharedCaseSeesNeitherLinkNorLog() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        RequestPostProcessor dtc = user("des.dtc").roles("DTC_REPRESENTATIVE");
        mvc.perform(get("/nominals/" + ref).with(dtc))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("INTELPAGEPERSON")))
                .andExpect(content().string(not(containsString("/nominals/" + ref + "/intelligence"))));
        mvc.perform(get("/nominals/" + ref + "/intelligence").with(dtc))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Intelligence and contact log"))));
    }
}
