package org.mappahub.licence.web;

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
 * The licence pages: an own-area practitioner records a licence, adds a condition with an exclusion zone (drawn as
 * an inline SVG outline), varies it and sees the history; bad input comes back with errors naming the field (400);
 * a stale edit is refused with a message (409); a DTC representative of a shared case sees neither link nor page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class LicencePagesTest {

    static final String HOME = "LICPAGEHOME";
    static final String ZONE = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.55,53.79],[-1.54,53.79],[-1.54,53.80],[-1.55,53.80],[-1.55,53.79]]]}";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPersonOfOurArea() {
        clock.set(LocalDate.of(2026, 1, 15).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(HOME, "Licpageshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("lic.practitioner", Role.PRACTITIONER, HOME);
        dtcAgency = placed.place("lic.dtc", Role.DTC_REPRESENTATIVE, HOME);
        ref = changes.create(HOME, new Identity("LICPAGEPERSON", List.of("Len"), LocalDate.of(1985, 2, 2), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("lic.practitioner").roles("PRACTITIONER");
    }

    private String createLicence() throws Exception {
        String location = mvc.perform(post("/nominals/" + ref + "/licences").with(practitioner()).with(csrf())
                        .param("startsDay", "1").param("startsMonth", "6").param("startsYear", "2025")
                        .param("endsDay", "3").param("endsMonth", "5").param("endsYear", "2027")
                        .param("sentence", "4 years' imprisonment for robbery"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/nominals/" + ref + "/licences/");
        return location;
    }

    @Test
    void aPractitionerRecordsALicenceAddsAZoneVariesItAndSeesTheHistory() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("/nominals/" + ref + "/licences")));
        mvc.perform(get("/nominals/" + ref + "/licences").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No licences recorded")))
                .andExpect(content().string(containsString("Record a licence")));
        String licence = createLicence();

        mvc.perform(post(licence + "/conditions").with(practitioner()).with(csrf()).param("version", "0")
                        .param("condition", "EXCLUSION_ZONE").param("zoneDescription", "Leeds city centre")
                        .param("zonePolygon", ZONE).param("victimRequested", "yes"))
                .andExpect(redirectedUrl(licence));
        String page = mvc.perform(get(licence).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In force")))
                .andExpect(content().string(containsString("3 May 2027")))
                .andExpect(content().string(containsString("Not commit any offence.")))
                .andExpect(content().string(containsString("Licence Conditions) Order 2015")))
                .andExpect(content().string(containsString("Not to enter Leeds city centre")))
                .andExpect(content().string(containsString("Requested by a victim")))
                .andReturn().getResponse().getContentAsString();
        int zone = page.indexOf("class=\"licence-zone\"");
        assertThat(zone).isPositive();
        String svg = page.substring(zone, page.indexOf("</svg>", zone));
        assertThat(svg).containsPattern("<polygon [^>]*points=\"[0-9.]+,[0-9.]+ ")
                .doesNotContain("style=").doesNotContain("<script").doesNotContain("http://tile");

        String conditionId = page.replaceAll("(?s).*id=\"condition-(\\d+)\".*", "$1");
        mvc.perform(post(licence + "/variations").with(practitioner()).with(csrf()).param("version", "1")
                        .param("variedDay", "10").param("variedMonth", "1").param("variedYear", "2026")
                        .param("reason", "The victim moved away").param("removed", conditionId)
                        .param("newEndDay", "3").param("newEndMonth", "11").param("newEndYear", "2027")
                        .param("condition", "NO_UNSUPERVISED_CONTACT_CHILDREN").param("age", "16"))
                .andExpect(redirectedUrl(licence));
        mvc.perform(get(licence).with(practitioner()))
                .andExpect(content().string(containsString("The victim moved away")))
                .andExpect(content().string(containsString("Removed: Not to enter Leeds city centre")))
                .andExpect(content().string(containsString("Added: Not to have unsupervised contact with any child under the age of 16")))
                .andExpect(content().string(containsString("Licence end date changed from 3 May 2027 to 3 November 2027")))
                .andExpect(content().string(containsString("Added by the variation of 10 January 2026")))
                .andExpect(content().string(containsString("Recorded by lic.practitioner")));
        mvc.perform(get("/nominals/" + ref + "/licences").with(practitioner()))
                .andExpect(content().string(containsString("3 November 2027")))
                .andExpect(content().string(containsString("In force")));
    }

    @Test
    void theRecordPageShowsTheLicenceInForceAndItsEndWithin30Days() throws Exception {
        String licence = createLicence();
        mvc.perform(post(licence + "/conditions").with(practitioner()).with(csrf()).param("version", "0")
                        .param("condition", "DISCLOSE_VEHICLES"))
                .andExpect(redirectedUrl(licence));
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In force until 3 May 2027, 1 additional condition")))
                .andExpect(content().string(not(containsString("Licence ends"))));

        clock.set(LocalDate.of(2027, 4, 3).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("Licence ends")))
                .andExpect(content().string(containsString("Due in 30 days")));
        clock.set(LocalDate.of(2027, 5, 4).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("Ended on 3 May 2027")))
                .andExpect(content().string(not(containsString("Licence ends"))));
    }

    @Test
    void badInputComesBackWithErrorsNamingTheFieldAndChangesNothing() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/licences").with(practitioner()).with(csrf())
                        .param("startsDay", "31").param("startsMonth", "2").param("startsYear", "2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The date the licence starts must be a real date")))
                .andExpect(content().string(containsString("Enter the licence end date")))
                .andExpect(content().string(containsString("Enter the sentence the licence follows")));
        String licence = createLicence();
        mvc.perform(post(licence + "/conditions").with(practitioner()).with(csrf()).param("version", "0")
                        .param("condition", "NO_WORK_WITH_CHILDREN").param("age", "30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#issued-age\"")))
                .andExpect(content().string(containsString("The age must be a whole number from 1 to 17")));
        mvc.perform(post(licence + "/conditions").with(practitioner()).with(csrf()).param("version", "0")
                        .param("condition", "EXCLUSION_ZONE").param("zoneDescription", "Somewhere")
                        .param("zonePolygon", "{\"type\":\"Point\",\"coordinates\":[-1.5,53.8]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#issued-zonePolygon\"")))
                .andExpect(content().string(containsString("The exclusion zone polygon must have")));
        mvc.perform(post(licence + "/variations").with(practitioner()).with(csrf()).param("version", "0")
                        .param("variedDay", "10").param("variedMonth", "1").param("variedYear", "2026").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A variation must add a condition")));
        mvc.perform(get(licence).with(practitioner()))
                .andExpect(content().string(containsString("No additional conditions")))
                .andExpect(content().string(containsString("The licence has not been varied")));
        mvc.perform(get("/nominals/" + ref + "/licences/99999999").with(practitioner())).andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() throws Exception {
        String licence = createLicence();
        mvc.perform(post(licence).with(practitioner()).with(csrf()).param("version", "0")
                        .param("startsDay", "2").param("startsMonth", "6").param("startsYear", "2025")
                        .param("endsDay", "3").param("endsMonth", "5").param("endsYear", "2027").param("sentence", "Four years"))
                .andExpect(redirectedUrl(licence));
        mvc.perform(post(licence).with(practitioner()).with(csrf()).param("version", "0")
                        .param("startsDay", "9").param("startsMonth", "6").param("startsYear", "2025")
                        .param("endsDay", "3").param("endsMonth", "5").param("endsYear", "2027").param("sentence", "Five years"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this licence")))
                .andExpect(content().string(containsString("Four years")))
                .andExpect(content().string(containsString("2 June 2025")));
    }

    @Test
    void aDtcRepresentativeOfASharedCaseSeesNoLicences() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        RequestPostProcessor dtc = user("lic.dtc").roles("DTC_REPRESENTATIVE");
        mvc.perform(get("/nominals/" + ref).with(dtc))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/nominals/" + ref + "/licences"))));
        mvc.perform(get("/nominals/" + ref + "/licences").with(dtc)).andExpect(status().isForbidden());
    }

    @Test
    void anotherAreasUserWithAStatedReasonGetsNoLicenceBackFromARefusedFormAndTheRefusalIsAudited() throws Exception {
        String licence = createLicence();
        areas.save(new Area("LICPAGEAWAY", "Licawayshire", List.of(), List.of()));
        new TestUsers(users, agencies).place("lic.visitor", Role.PRACTITIONER, "LICPAGEAWAY");
        TestUsers.signedIn("lic.visitor", Role.PRACTITIONER,
                () -> caseAccess.stateReason(ref, "Checking a licence for a cross-border visit"));
        long refusedBefore = refusals();

        // dates left blank: the page refuses the input before the service is asked, and must not show the licence
        mvc.perform(post(licence).with(user("lic.visitor").roles("PRACTITIONER")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("robbery"))));
        assertThat(refusals()).isEqualTo(refusedBefore + 1);
    }

    private long refusals() {
        return TestUsers.asOperator(() -> jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and subject = ?")
                .param(ref).query(Long.class).single());
    }
}
