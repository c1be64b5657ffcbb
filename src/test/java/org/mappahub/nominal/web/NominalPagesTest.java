package org.mappahub.nominal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.Alias;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.nominal.Nominals;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "pat.practitioner", roles = "PRACTITIONER")
class NominalPagesTest {

    static final String AREA = "WEBTEST";

    @Autowired
    MockMvc mvc;
    @Autowired
    Nominals nominals;
    @Autowired
    Areas areas;
    @Autowired
    NominalChanges changes;
    @Autowired
    Clock clock;

    String ref;
    LocalDate today;

    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    CaseAccess caseAccess;

    @BeforeEach
    void aPersonAtLevelTwoInCustody() {
        TestUsers.asOperator(this::storePerson);
    }

    /**
     * Every stored record, counted as the operator: a MockMvc request may leave the thread without its mock user,
     * and the signed-in user's count (restricted records of other tests left out) would then differ.
     */
    private long storedCount() {
        return TestUsers.asOperator(() -> nominals.count());
    }

    private void storePerson() {
        today = LocalDate.now(clock);
        areas.save(new Area(AREA, "Webshire", List.of("Northern", "Southern"), List.of()));
        new TestUsers(users, agencies).place("pat.practitioner", Role.PRACTITIONER, AREA);
        ref = nominals.newRef(AREA);
        Instant recorded = Instant.parse("2024-03-01T10:15:00Z");
        nominals.insert(new NominalRecord(ref, AREA, "Northern",
                new Person("HARGREAVES", List.of("Colin", "James"), LocalDate.of(1971, 4, 12), Gender.MALE,
                        "White British", "1999/0123456X", "X123456", null),
                List.of(new Alias("HARGRAVES", List.of("Col"), null)), null, null, null,
                List.of(new CategorySpan(1, today.minusYears(3), null,
                        new Provenance("sam.police", recorded, "Registered on conviction"))),
                List.of(new LevelSpan(1, today.minusYears(3), today.minusMonths(2),
                                new Provenance("sam.police", recorded, "Initial level")),
                        new LevelSpan(2, today.minusMonths(2), null,
                                new Provenance("chris.chair", recorded, "Risk of serious harm now high"))),
                List.of(new CustodySpan(CustodyKind.PRISON, CustodyReason.RECALL, null, today.minusDays(10), null)),
                null, null), "test", false);
    }

    @Test
    @WithMockUser(username = "nobody", roles = {})
    void aUserWithoutACaseRoleIsRefused() throws Exception {
        mvc.perform(get("/nominals/" + ref)).andExpect(status().isForbidden());
    }

    @Test
    void theRecordShowsTodaysCategoryAndLevelAndTheHistory() throws Exception {
        mvc.perform(get("/nominals/" + ref))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")))
                .andExpect(content().string(containsString("CATEGORY 1 · LEVEL 2")))
                .andExpect(content().string(containsString("Prison, since " + Text.date(today.minusDays(10)) + " (recall)")))
                .andExpect(content().string(containsString("Colin James HARGREAVES")))
                .andExpect(content().string(containsString("Col HARGRAVES")))
                .andExpect(content().string(containsString("1999/0123456X")))
                .andExpect(content().string(containsString("Level changed from 1 to 2")))
                .andExpect(content().string(containsString("recorded by chris.chair")))
                .andExpect(content().string(containsString("Risk of serious harm now high")))
                .andExpect(content().string(containsString("Category 1 started")))
                .andExpect(content().string(containsString("moj-timeline")));
    }

    /** Custody is part of the full history: the shared view shows neither "In custody" nor "In the community". */
    @Test
    void aDutyToCooperateAgencySeesTheCategoryAndLevelButNotTheCustodyStatus() throws Exception {
        long dtcAgency = new TestUsers(users, agencies).place("nomi.pages-dtc", Role.DTC_REPRESENTATIVE, AREA);
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get("/nominals/" + ref).with(user("nomi.pages-dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CATEGORY 1 · LEVEL 2")))
                .andExpect(content().string(containsString("This case is shared with your agency")))
                .andExpect(content().string(not(containsString("In custody"))))
                .andExpect(content().string(not(containsString("In the community"))))
                .andExpect(content().string(not(containsString("Prison, since"))));
    }

    @Test
    void anUnknownRefIsPageNotFound() throws Exception {
        mvc.perform(get("/nominals/NOPE-999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void creatingWithGoodInputStoresTheNominalAndOpensIt() throws Exception {
        long before = storedCount();
        mvc.perform(post("/nominals/new").with(csrf())
                        .param("area", AREA).param("familyName", "OKONKWO").param("givenNames", "Ada")
                        .param("dobDay", "3").param("dobMonth", "11").param("dobYear", "1980")
                        .param("gender", "FEMALE").param("bcu", "Southern"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/nominals/" + AREA + "-*"));
        assertThat(storedCount()).isEqualTo(before + 1);
    }

    @Test
    void creatingWithBadInputShowsTheErrorsAndStoresNothing() throws Exception {
        long before = storedCount();
        mvc.perform(post("/nominals/new").with(csrf())
                        .param("area", AREA).param("familyName", " ").param("givenNames", "Ada")
                        .param("dobDay", "31").param("dobMonth", "2").param("dobYear", "1980")
                        .param("pncId", "1999/0123456A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#familyName\"")))
                .andExpect(content().string(containsString("Enter a family name")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("href=\"#dateOfBirth-day\"")))
                .andExpect(content().string(containsString("check letter is wrong")))
                .andExpect(content().string(not(containsString("Enter a date of birth"))))
                // what the user typed comes back as typed
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(content().string(containsString("<title>Error: Create a nominal")));
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void aMissingPartOfTheDateOfBirthIsNamed() throws Exception {
        mvc.perform(post("/nominals/new").with(csrf())
                        .param("area", AREA).param("familyName", "OKONKWO").param("dobDay", "3").param("dobYear", "1980"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of birth must include a month")))
                .andExpect(content().string(containsString("href=\"#dateOfBirth-month\"")));
    }

    @Test
    void editingSavesTheIdentity() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/edit").with(csrf()).param("version", "0")
                        .param("familyName", "HARGREAVES").param("givenNames", "Colin")
                        .param("dobDay", "12").param("dobMonth", "4").param("dobYear", "1971").param("bcu", "Southern"))
                .andExpect(status().is3xxRedirection());
        var stored = nominals.findByRef(ref).orElseThrow();
        assertThat(stored.record().person().givenNames()).containsExactly("Colin");
        assertThat(stored.record().bcu()).isEqualTo("Southern");
        assertThat(stored.updatedBy()).isEqualTo("pat.practitioner");
    }

    @Test
    void anEditAgainstAnOutOfDateVersionIsRefusedAndOverwritesNothing() throws Exception {
        // Someone else saves first...
        changes.updateIdentity(ref, 0, new NominalChanges.Identity("HARGREAVES", List.of("Colin", "James"),
                LocalDate.of(1971, 4, 12), Gender.MALE, "White British", "1999/0123456X", "X999999", null,
                "Northern"), "someone.else");
        // ...then this user saves the form they opened at version 0.
        mvc.perform(post("/nominals/" + ref + "/edit").with(csrf()).param("version", "0")
                        .param("familyName", "HARGREAVES").param("givenNames", "Colin James")
                        .param("dobDay", "12").param("dobMonth", "4").param("dobYear", "1971")
                        .param("crn", "X123456").param("ethnicity", "White Irish"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record while you were editing it")))
                .andExpect(content().string(containsString("White Irish")))
                .andExpect(content().string(containsString("X999999")))
                // the form now carries the stored version, so a deliberate re-save is judged against it
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        var stored = nominals.findByRef(ref).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.record().person().crn()).isEqualTo("X999999");
        assertThat(stored.record().person().ethnicity()).isEqualTo("White British");
        assertThat(stored.updatedBy()).isEqualTo("someone.else");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        long before = storedCount();
        mvc.perform(post("/nominals/new")
                        .param("area", AREA).param("familyName", "OKONKWO")
                        .param("dobDay", "3").param("dobMonth", "11").param("dobYear", "1980"))
                .andExpect(status().isForbidden());
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void theEditFormCarriesTheVersionAndACsrfToken() throws Exception {
        mvc.perform(get("/nominals/" + ref + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("value=\"HARGREAVES\"")));
    }

    @Test
    void theCreateFormOffersTheAreas() throws Exception {
        mvc.perform(get("/nominals/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Webshire")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }
}
