package org.mappahub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.rules.PolicySettings;

/** The page /policy: a co-ordinator sees and changes their own area's settings only; nobody else gets in. */
@SpringBootTest
@AutoConfigureMockMvc
class AreaPolicyPagesTest {

    static final String AREA = "POLICYPAGES";
    static final String OTHER = "POLICYPAGES_OTHER";
    static final String COORDINATOR = "pat.policy-coordinator";
    static final String OTHER_COORDINATOR = "olly.policy-coordinator";
    static final String PRACTITIONER = "pam.policy-practitioner";

    @Autowired MockMvc mvc;
    @Autowired AreaPolicies policies;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void twoAreasAndTheirPeople() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(AREA, "Pageshire", List.of(), List.of()));
            areas.save(new Area(OTHER, "Otherpageshire", List.of(), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            placed.place(COORDINATOR, Role.COORDINATOR, AREA);
            placed.place(OTHER_COORDINATOR, Role.COORDINATOR, OTHER);
            placed.place(PRACTITIONER, Role.PRACTITIONER, AREA);
            jdbc.sql("delete from area_policy_settings where area_code in (?, ?)").params(AREA, OTHER).update();
        });
    }

    @Test
    void theCoordinatorSeesTheirAreasSettingsWithUnitsAndDefaults() throws Exception {
        mvc.perform(get("/policy").with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Policy settings")))
                .andExpect(content().string(containsString(AREA)))
                .andExpect(content().string(containsString("Review a level 2 case at least every")))
                .andExpect(content().string(containsString("The national default is 16 weeks")))
                .andExpect(content().string(containsString("The national default is 56 days")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
    }

    @Test
    void aValidChangeIsSavedWithABanner() throws Exception {
        mvc.perform(form(post("/policy").with(as(COORDINATOR, Role.COORDINATOR)),
                        PolicySettings.DEFAULTS.withLevel3ReviewIntervalWeeks(6), 0))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/policy"))
                .andExpect(flash().attributeExists("saved"));
        assertThat(policies.settingsFor(AREA).level3ReviewIntervalWeeks()).isEqualTo(6);

        mvc.perform(get("/policy").with(as(COORDINATOR, Role.COORDINATOR)).flashAttr("saved", "Your area's policy settings have been changed"))
                .andExpect(content().string(containsString("govuk-notification-banner--success")))
                .andExpect(content().string(containsString("value=\"6\"")));
    }

    @Test
    void invalidValuesAreRefusedWithInlineErrorsAndNothingChanges() throws Exception {
        mvc.perform(form(post("/policy").with(as(COORDINATOR, Role.COORDINATOR)), PolicySettings.DEFAULTS.withVictimContactDays(0), 0,
                        "standardRecallHours", "a day"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#standardRecallHours\"")))
                .andExpect(content().string(containsString("whole number of hours")))
                .andExpect(content().string(not(containsString("href=\"#victimContactDays\""))));
        // The typed value that was no number is refused first; then the one out of range, naming its setting.
        mvc.perform(form(post("/policy").with(as(COORDINATOR, Role.COORDINATOR)), PolicySettings.DEFAULTS.withVictimContactDays(0), 0))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#victimContactDays\"")))
                .andExpect(content().string(containsString("Victim contact must be more than 0 days")))
                .andExpect(content().string(containsString("govuk-input--error")));
        assertThat(policies.current(AREA).version()).isZero();
    }

    @Test
    void aStaleVersionIsRefusedWith409() throws Exception {
        policies.change(AREA, 0, PolicySettings.DEFAULTS.withReferralScreeningWorkingDays(7), "someone.else");
        mvc.perform(form(post("/policy").with(as(COORDINATOR, Role.COORDINATOR)),
                        PolicySettings.DEFAULTS.withReferralScreeningWorkingDays(12), 0))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed your area")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(policies.settingsFor(AREA).referralScreeningWorkingDays()).isEqualTo(7);
    }

    @Test
    void resetPutsTheDefaultsBack() throws Exception {
        policies.change(AREA, 0, PolicySettings.DEFAULTS.withEmergencyRecallHours(1), COORDINATOR);
        mvc.perform(post("/policy").with(as(COORDINATOR, Role.COORDINATOR)).with(csrf())
                        .param("version", "1").param("action", "reset"))
                .andExpect(status().is3xxRedirection());
        assertThat(policies.settingsFor(AREA)).isEqualTo(PolicySettings.DEFAULTS);
    }

    @Test
    void aPractitionerIsRefused() throws Exception {
        mvc.perform(get("/policy").with(as(PRACTITIONER, Role.PRACTITIONER))).andExpect(status().isForbidden());
        mvc.perform(form(post("/policy").with(as(PRACTITIONER, Role.PRACTITIONER)),
                        PolicySettings.DEFAULTS.withVictimContactDays(30), 0))
                .andExpect(status().isForbidden());
        assertThat(policies.current(AREA).version()).isZero();
    }

    @Test
    void anotherAreasCoordinatorChangesOnlyTheirOwnArea() throws Exception {
        mvc.perform(form(post("/policy").with(as(OTHER_COORDINATOR, Role.COORDINATOR)),
                        PolicySettings.DEFAULTS.withVictimContactDays(30), 0).param("area", AREA).param("area_code", AREA))
                .andExpect(status().is3xxRedirection());
        assertThat(policies.settingsFor(OTHER).victimContactDays()).isEqualTo(30);
        assertThat(policies.settingsFor(AREA)).isEqualTo(PolicySettings.DEFAULTS);
        assertThat(policies.current(AREA).version()).isZero();
        mvc.perform(get("/policy").with(as(OTHER_COORDINATOR, Role.COORDINATOR)).param("area", AREA))
                .andExpect(content().string(containsString(OTHER)))
                .andExpect(content().string(containsString("value=\"30\"")));
    }

    @Test
    void theStartPageLinksCoordinatorsOnly() throws Exception {
        mvc.perform(get("/").with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(content().string(containsString("href=\"/policy\"")));
        mvc.perform(get("/").with(as(PRACTITIONER, Role.PRACTITIONER)))
                .andExpect(content().string(not(containsString("href=\"/policy\""))));
    }

    private static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, PolicySettings settings,
                                                      int version, String... overrides) throws Exception {
        request.with(csrf()).param("version", String.valueOf(version)).param("action", "save");
        java.util.Map<String, String> replaced = new java.util.HashMap<>();
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            replaced.put(overrides[i], overrides[i + 1]);
        }
        for (var c : PolicySettings.class.getRecordComponents()) {
            request.param(c.getName(), replaced.getOrDefault(c.getName(), String.valueOf(c.getAccessor().invoke(settings))));
        }
        return request;
    }
}
