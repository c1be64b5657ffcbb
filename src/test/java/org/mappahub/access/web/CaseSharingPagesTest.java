package org.mappahub.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/** The co-ordinator's page that shares a case with agencies, restricts it and grants victim access. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseSharingPagesTest {

    static final String AREA = "SHARETEST";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired JdbcClient jdbc;

    long childrens;
    long health;

    @BeforeEach
    void setUp() {
        areas.save(new Area(AREA, "Sharetestshire", List.of(), List.of()));
        TestUsers testUsers = new TestUsers(users, agencies);
        testUsers.place("share.coordinator", Role.COORDINATOR, AREA);
        testUsers.place("share.practitioner", Role.PRACTITIONER, AREA);
        testUsers.place("share.named", Role.PRACTITIONER, AREA);
        childrens = testUsers.place("share.dtc", Role.DTC_REPRESENTATIVE, AREA, AgencyType.CHILDRENS_SERVICES);
        health = testUsers.place("share.otherdtc", Role.DTC_REPRESENTATIVE, AREA, AgencyType.HEALTH);
    }

    static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    static RequestPostProcessor coordinator() {
        return as("share.coordinator", Role.COORDINATOR);
    }

    String person(String familyName) {
        return TestUsers.asOperator(() -> changes.create(AREA, new Identity(familyName, List.of("Sam"),
                LocalDate.of(1980, 5, 6), null, null, null, null, null, null), "test"));
    }

    long audited(String action, String ref) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject = ?").params(action, ref)
                .query(Long.class).single();
    }

    @Test
    void aCoordinatorSharesACaseWithAnAgencyWhoseRepresentativeThenSeesTheSharedPartsOnly() throws Exception {
        String ref = person("SHAREDWITHCS");
        mvc.perform(get("/nominals/" + ref).with(as("share.dtc", Role.DTC_REPRESENTATIVE))).andExpect(status().isNotFound());

        mvc.perform(get("/nominals/" + ref + "/access").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Share with an agency")))
                .andExpect(content().string(containsString("SHARETEST test children&#39;s services")))
                .andExpect(content().string(not(containsString("SHARETEST test police ("))));

        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "share")
                        .param("shareAgency", String.valueOf(childrens)).param("shareBasis", "EXPLICIT")
                        .param("shareReason", "Children in the household"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/access"));
        assertThat(audited("CASE_SHARED", ref)).isEqualTo(1);

        mvc.perform(get("/nominals/" + ref + "/access").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Children in the household")))
                .andExpect(content().string(containsString("share.coordinator")))
                .andExpect(content().string(containsString("Stop sharing")));

        mvc.perform(get("/nominals/" + ref).with(as("share.dtc", Role.DTC_REPRESENTATIVE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SHAREDWITHCS")))
                .andExpect(content().string(not(containsString("Convictions"))));
        mvc.perform(get("/nominals/" + ref).with(as("share.otherdtc", Role.DTC_REPRESENTATIVE)))
                .andExpect(status().isNotFound());
        // In search too: the shared case with its category and level, but not its custody (not a shared part).
        mvc.perform(get("/api/v1/nominals").param("q", ref).with(as("share.dtc", Role.DTC_REPRESENTATIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].ref").value(ref))
                .andExpect(jsonPath("$.results[0].custody").doesNotExist())
                .andExpect(jsonPath("$.results[0].reasonRequired").value(false));

        long shareId = jdbc.sql("select s.id from case_share s join nominal n on n.id = s.nominal_id where n.ref = ?")
                .param(ref).query(Long.class).single();
        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "stop")
                        .param("share", String.valueOf(shareId)))
                .andExpect(redirectedUrl("/nominals/" + ref + "/access"));
        assertThat(audited("CASE_SHARE_REVOKED", ref)).isEqualTo(1);
        mvc.perform(get("/nominals/" + ref).with(as("share.dtc", Role.DTC_REPRESENTATIVE))).andExpect(status().isNotFound());
    }

    @Test
    void whatCaseAccessRefusesComesBackAsAnInlineErrorWithNothingChanged() throws Exception {
        String ref = person("SHAREREFUSED");
        long police = new TestUsers(users, agencies).agency(AREA, AgencyType.POLICE);
        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "share")
                        .param("shareAgency", String.valueOf(police)).param("shareBasis", "EXPLICIT")
                        .param("shareReason", "They should see it"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#shareAgency\"")))
                .andExpect(content().string(containsString("is a Responsible Authority agency: it sees its area&#39;s cases already")));
        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "share")
                        .param("shareAgency", String.valueOf(childrens)).param("shareBasis", "EXPLICIT").param("shareReason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#shareReason\"")))
                .andExpect(content().string(containsString("Enter why the agency needs to see this case")));
        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "restrict")
                        .param("restricted", "true").param("restrictUsers", "nobody.at.all").param("restrictReason", "Staff member"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no active account nobody.at.all")));
        assertThat(audited("CASE_SHARED", ref)).isZero();
        assertThat(audited("RESTRICTION_CHANGED", ref)).isZero();
        assertThat(jdbc.sql("select count(*) from case_share s join nominal n on n.id = s.nominal_id where n.ref = ?")
                .param(ref).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select restricted from nominal where ref = ?").param(ref).query(Boolean.class).single()).isFalse();
    }

    @Test
    void onlyTheCoordinatorOrChairOpensTheSharingPage() throws Exception {
        String ref = person("SHARENOTYOURS");
        mvc.perform(get("/nominals/" + ref + "/access").with(as("share.practitioner", Role.PRACTITIONER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/nominals/" + ref + "/access").with(as("share.practitioner", Role.PRACTITIONER)).with(csrf())
                        .param("action", "share").param("shareAgency", String.valueOf(childrens))
                        .param("shareBasis", "EXPLICIT").param("shareReason", "Trying my luck"))
                .andExpect(status().isForbidden());
        assertThat(audited("CASE_SHARED", ref)).isZero();
        mvc.perform(get("/nominals/" + ref).with(as("share.practitioner", Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sharing and restriction"))));
    }

    @Test
    void aRestrictedRecordIsSeenByNamedUsersOnlyAndHiddenFromSearch() throws Exception {
        String ref = person("RESTRICTEDPERSON");
        mvc.perform(get("/nominals").param("q", "Restrictedperson").with(as("share.practitioner", Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)));

        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "restrict")
                        .param("restricted", "true").param("restrictUsers", "share.named,\n")
                        .param("restrictReason", "A member of staff as an offender"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/access"));
        assertThat(audited("RESTRICTION_CHANGED", ref)).isEqualTo(1);

        mvc.perform(get("/nominals/" + ref).with(as("share.practitioner", Role.PRACTITIONER))).andExpect(status().isNotFound());
        mvc.perform(get("/nominals").param("q", "Restrictedperson").with(as("share.practitioner", Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ref))));
        mvc.perform(get("/nominals/" + ref).with(as("share.named", Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RESTRICTEDPERSON")));
        mvc.perform(get("/nominals").param("q", "Restrictedperson").with(as("share.named", Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)));
        // The co-ordinator who restricted it is always named.
        mvc.perform(get("/nominals/" + ref + "/access").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("share.coordinator")))
                .andExpect(content().string(containsString("share.named")));

        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "restrict")
                        .param("restricted", "false").param("restrictUsers", "").param("restrictReason", "No longer needed"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/access"));
        assertThat(audited("RESTRICTION_CHANGED", ref)).isEqualTo(2);
        mvc.perform(get("/nominals/" + ref).with(as("share.practitioner", Role.PRACTITIONER))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorGrantsAUserAccessToTheVictimsDetails() throws Exception {
        String ref = person("VICTIMSGRANTED");
        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "victims")
                        .param("victimUser", "share.practitioner").param("victimReason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why this user needs the victims&#39; details")));
        mvc.perform(post("/nominals/" + ref + "/access").with(coordinator()).with(csrf()).param("action", "victims")
                        .param("victimUser", "share.practitioner").param("victimReason", "Preparing the victim safety plan"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/access"));
        assertThat(audited("VICTIM_ACCESS_GRANTED", ref)).isEqualTo(1);
        mvc.perform(get("/nominals/" + ref + "/access").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("these users see the victims")))
                .andExpect(content().string(containsString("share.practitioner")));
    }
}
