package org.mappahub.custody.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.Nominals;

/**
 * The custody page: an own-area practitioner adds a span, sets the expected release and sees the milestones and
 * the record page's line and deadlines, corrects and ends the span; bad input comes back with the errors (400) and
 * a stale form with a clear message (409); a DTC representative of a shared case sees neither link nor page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class CustodyPagesTest {

    static final String HOME = "CUSTPAGEHOME";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPersonOfOurArea() {
        clock.set(LocalDate.of(2026, 8, 5).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(HOME, "Custody Pageshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("cora.practitioner", Role.PRACTITIONER, HOME);
        dtcAgency = placed.place("desmond.dtc", Role.DTC_REPRESENTATIVE, HOME);
        ref = changes.create(HOME, new Identity("CUSTPAGEPERSON", List.of("Colin"), LocalDate.of(1985, 2, 2), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("cora.practitioner").roles("PRACTITIONER");
    }

    private String version() {
        return String.valueOf(TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().version()));
    }

    @Test
    void aPractitionerRecordsCustodyAndReleaseAndSeesTheMilestones() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("/nominals/" + ref + "/custody")));
        mvc.perform(get("/nominals/" + ref + "/custody").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No custody recorded")))
                .andExpect(content().string(containsString("Add a custody span")));

        mvc.perform(post("/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .param("version", version()).param("kind", "PRISON").param("reason", "RECALL")
                        .param("fromDay", "3").param("fromMonth", "5").param("fromYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/custody"));
        mvc.perform(post("/nominals/" + ref + "/custody/expected-release").with(practitioner()).with(csrf())
                        .param("releaseDay", "1").param("releaseMonth", "2").param("releaseYear", "2027"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/custody"));

        mvc.perform(get("/nominals/" + ref + "/custody").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In prison since 3 May 2024 (recall); release expected 1 February 2027")))
                .andExpect(content().string(containsString("Before release")))
                .andExpect(content().string(containsString("1 August 2026"))) // level set: 6 months before (default policy)
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("Record release")));
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("Release expected")))
                .andExpect(content().string(containsString("Level to be set before release")))
                .andExpect(content().string(containsString("Overdue by 4 days")))
                .andExpect(content().string(containsString("In prison since 3 May 2024 (recall)")));

        // correct it: a breach of an SHPO, then the release
        mvc.perform(get("/nominals/" + ref + "/custody").param("edit", "0").with(practitioner()))
                .andExpect(content().string(containsString("Change a custody span")));
        mvc.perform(post("/nominals/" + ref + "/custody/spans/0").with(practitioner()).with(csrf())
                        .param("version", version()).param("kind", "PRISON").param("reason", "BREACH_OF_ORDER")
                        .param("order", "SHPO").param("fromDay", "3").param("fromMonth", "5").param("fromYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/custody"));
        mvc.perform(post("/nominals/" + ref + "/custody/spans/0/end").with(practitioner()).with(csrf())
                        .param("version", version()).param("leftDay", "4").param("leftMonth", "8").param("leftYear", "2026"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/custody"));
        var custody = TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().record().custody());
        assertThat(custody).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(CustodyReason.BREACH_OF_ORDER);
            assertThat(s.order()).isEqualTo(OrderType.SHPO);
            assertThat(s.to()).isEqualTo(LocalDate.of(2026, 8, 4));
        });
        mvc.perform(get("/nominals/" + ref + "/custody").with(practitioner()))
                .andExpect(content().string(containsString("Not in custody")))
                .andExpect(content().string(containsString("breach of an SHPO")))
                .andExpect(content().string(not(containsString("Before release"))));
    }

    @Test
    void badInputComesBackWithTheErrorsAndChangesNothing() throws Exception {
        String v = version();
        mvc.perform(post("/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .param("version", v).param("reason", "BREACH_OF_ORDER")
                        .param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("Select where the person is held")));
        mvc.perform(post("/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .param("version", v).param("kind", "PRISON").param("reason", "BREACH_OF_ORDER")
                        .param("fromDay", "3").param("fromMonth", "5").param("fromYear", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("names the order breached")))
                .andExpect(content().string(containsString("href=\"#order\"")));
        mvc.perform(post("/nominals/" + ref + "/custody/expected-release").with(practitioner()).with(csrf())
                        .param("releaseDay", "1").param("releaseMonth", "2").param("releaseYear", "2027"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The person is not in custody")));
        assertThat(version()).isEqualTo(v);
    }

    @Test
    void aStaleFormIsRefusedWithAClearMessageAndTheCurrentValues() throws Exception {
        String v = version();
        mvc.perform(post("/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .param("version", v).param("kind", "HOSPITAL").param("reason", "HOSPITAL_ORDER")
                        .param("fromDay", "3").param("fromMonth", "5").param("fromYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/custody"));
        mvc.perform(post("/nominals/" + ref + "/custody/spans").with(practitioner()).with(csrf())
                        .param("version", v).param("kind", "PRISON").param("reason", "REMAND")
                        .param("fromDay", "3").param("fromMonth", "5").param("fromYear", "2020")
                        .param("toDay", "3").param("toMonth", "6").param("toYear", "2020"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed the custody record")))
                .andExpect(content().string(containsString("Detained in hospital since 3 May 2024")));
    }

    @Test
    void aDtcRepresentativeOfASharedCaseDoesNotSeeCustody() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get("/nominals/" + ref).with(user("desmond.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/nominals/" + ref + "/custody"))));
        mvc.perform(get("/nominals/" + ref + "/custody").with(user("desmond.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Custody history"))));
    }
}
