package org.mappahub.access.web;

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

/** The system administrator's agency and account pages: what they change, what they refuse, what they audit. */
@SpringBootTest
@AutoConfigureMockMvc
class AdministrationPagesTest {

    static final String AREA = "ADMINTEST";
    static final String ADMIN = "admintest.admin";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired JdbcClient jdbc;

    TestUsers testUsers;
    long police;
    long housing;

    @BeforeEach
    void setUp() {
        areas.save(new Area(AREA, "Admintestshire", List.of(), List.of()));
        testUsers = new TestUsers(users, agencies);
        // Like the demo installation's administrator: placed in the police, a Responsible Authority agency.
        police = testUsers.place(ADMIN, Role.SYSTEM_ADMINISTRATOR, AREA);
        housing = testUsers.agency(AREA, AgencyType.HOUSING);
    }

    static RequestPostProcessor admin() {
        return user(ADMIN).roles("SYSTEM_ADMINISTRATOR");
    }

    long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject = ?").params(action, subject)
                .query(Long.class).single();
    }

    String auditDetails(String action, String subject) {
        return jdbc.sql("select details from audit_entry where action = ? and subject = ? order by id desc limit 1")
                .params(action, subject).query(String.class).single();
    }

    @Test
    void anAdministratorAddsAnAgencyAndADuplicateIsRefused() throws Exception {
        mvc.perform(post("/admin/agencies").with(admin()).with(csrf())
                        .param("area", AREA).param("name", "Admintestshire Probation Delivery Unit").param("type", "PROBATION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("added", "Admintestshire Probation Delivery Unit"));
        long id = agencies.inArea(AREA).stream().filter(a -> a.name().equals("Admintestshire Probation Delivery Unit"))
                .findFirst().orElseThrow().id();
        assertThat(audited("AGENCY_CREATED", String.valueOf(id))).isEqualTo(1);

        mvc.perform(get("/admin/agencies").param("area", AREA).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agencies in Admintestshire")))
                .andExpect(content().string(containsString("Admintestshire Probation Delivery Unit")))
                .andExpect(content().string(containsString("Responsible Authority")))
                .andExpect(content().string(containsString("Add an agency")));

        mvc.perform(post("/admin/agencies").with(admin()).with(csrf())
                        .param("area", AREA).param("name", "  admintestshire probation delivery unit ").param("type", "HOUSING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("There is already an agency called admintestshire probation delivery unit in this area")));
        assertThat(agencies.find(id).orElseThrow().type()).isEqualTo(AgencyType.PROBATION);

        mvc.perform(post("/admin/agencies").with(admin()).with(csrf()).param("area", "").param("name", "").param("type", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the area the agency works in")))
                .andExpect(content().string(containsString("Enter the agency&#39;s name")))
                .andExpect(content().string(containsString("Select the type of agency")));
    }

    @Test
    void anAdministratorAddsAUserAndARoleTheAgencyMayNotHoldIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/admin/users/new").with(admin()).with(csrf()).param("username", "admintest.newpp")
                        .param("displayName", "Pat Newcomer").param("role", "PRACTITIONER")
                        .param("agency", String.valueOf(housing)).param("password", "long enough password"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reads cases, so belongs to a Responsible Authority agency")))
                .andExpect(content().string(not(containsString("long enough password"))));
        assertThat(users.find("admintest.newpp")).isEmpty();

        mvc.perform(post("/admin/users/new").with(admin()).with(csrf()).param("username", "Bad Name!")
                        .param("displayName", "").param("role", "").param("agency", "").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The username must be 2 to 64 characters")))
                .andExpect(content().string(containsString("Enter the user&#39;s name")))
                .andExpect(content().string(containsString("Select the user&#39;s role")))
                .andExpect(content().string(containsString("Select the user&#39;s agency")))
                .andExpect(content().string(containsString("at least 12 characters")));

        mvc.perform(post("/admin/users/new").with(admin()).with(csrf()).param("username", "admintest.newpp")
                        .param("displayName", "Pat Newcomer").param("role", "PRACTITIONER")
                        .param("agency", String.valueOf(police)).param("password", "long enough password"))
                .andExpect(redirectedUrl("/admin/users"));
        var created = users.details("admintest.newpp").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.PRACTITIONER);
        assertThat(created.agencyId()).isEqualTo(police);
        assertThat(audited("ACCOUNT_CREATED", "admintest.newpp")).isEqualTo(1);
        String details = auditDetails("ACCOUNT_CREATED", "admintest.newpp");
        assertThat(details).contains("PRACTITIONER").doesNotContain("long enough password").doesNotContain("argon");

        mvc.perform(get("/admin/users").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("admintest.newpp")))
                .andExpect(content().string(containsString("Pat Newcomer")))
                .andExpect(content().string(containsString("ADMINTEST test police")))
                .andExpect(content().string(containsString("Admintestshire")));

        mvc.perform(post("/admin/users/new").with(admin()).with(csrf()).param("username", "admintest.newpp")
                        .param("displayName", "Someone Else").param("role", "CHAIR")
                        .param("agency", String.valueOf(police)).param("password", "long enough password"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is already an account called admintest.newpp")));
    }

    @Test
    void anEditMadeFromAStaleVersionIsRefusedAndNothingIsLost() throws Exception {
        testUsers.place("admintest.edited", Role.PRACTITIONER, AREA);
        int version = users.details("admintest.edited").orElseThrow().version();
        mvc.perform(get("/admin/users/admintest.edited").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));

        // The first administrator's change is accepted...
        mvc.perform(post("/admin/users/admintest.edited").with(admin()).with(csrf()).param("version", String.valueOf(version))
                        .param("displayName", "Edited Once").param("role", "COORDINATOR")
                        .param("agency", String.valueOf(police)).param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users/admintest.edited"));
        assertThat(audited("ACCOUNT_CHANGED", "admintest.edited")).isEqualTo(1);
        assertThat(auditDetails("ACCOUNT_CHANGED", "admintest.edited"))
                .contains("\"before\"").contains("PRACTITIONER").contains("\"after\"").contains("COORDINATOR");

        // ...and a second one made from the same page is refused, not written over the first.
        mvc.perform(post("/admin/users/admintest.edited").with(admin()).with(csrf()).param("version", String.valueOf(version))
                        .param("displayName", "Edited Twice").param("role", "PRACTITIONER")
                        .param("agency", String.valueOf(police)).param("enabled", "false"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this account while you were editing it")))
                .andExpect(content().string(containsString("Edited Twice")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
        var now = users.details("admintest.edited").orElseThrow();
        assertThat(now.displayName()).isEqualTo("Edited Once");
        assertThat(now.role()).isEqualTo(Role.COORDINATOR);
        assertThat(now.enabled()).isTrue();
        assertThat(audited("ACCOUNT_CHANGED", "admintest.edited")).isEqualTo(1);

        // A role the agency may not hold is refused on an edit too.
        mvc.perform(post("/admin/users/admintest.edited").with(admin()).with(csrf()).param("version", String.valueOf(version + 1))
                        .param("displayName", "Edited Once").param("role", "DTC_REPRESENTATIVE")
                        .param("agency", String.valueOf(police)).param("enabled", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A DTC representative belongs to a duty-to-co-operate or voluntary agency")));
        assertThat(users.details("admintest.edited").orElseThrow().role()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorGiveUpTheirOwnRole() throws Exception {
        int version = users.details(ADMIN).orElseThrow().version();
        mvc.perform(post("/admin/users/" + ADMIN).with(admin()).with(csrf()).param("version", String.valueOf(version))
                        .param("displayName", "Test " + ADMIN).param("role", "PRACTITIONER")
                        .param("agency", String.valueOf(police)).param("enabled", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You cannot change your own role")))
                .andExpect(content().string(containsString("You cannot disable your own account")));
        var now = users.details(ADMIN).orElseThrow();
        assertThat(now.role()).isEqualTo(Role.SYSTEM_ADMINISTRATOR);
        assertThat(now.enabled()).isTrue();
        assertThat(now.version()).isEqualTo(version);
    }

    @Test
    void anAdministratorUnlocksAnAccountAndResetsItsSecondFactor() throws Exception {
        testUsers.place("admintest.locked", Role.PRACTITIONER, AREA);
        jdbc.sql("update app_user set failed_attempts = 7, locked_until = now() + interval '1 hour', "
                + "totp_secret = 'JBSWY3DPEHPK3PXP', totp_last_step = 12345 where username = 'admintest.locked'").update();
        assertThat(users.details("admintest.locked").orElseThrow().locked()).isTrue();
        mvc.perform(get("/admin/users/admintest.locked").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unlock the account")));

        mvc.perform(post("/admin/users/admintest.locked/unlock").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/admintest.locked"));
        mvc.perform(post("/admin/users/admintest.locked/reset-second-factor").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/admintest.locked"));

        var row = jdbc.sql("select failed_attempts, locked_until is null, totp_secret is null, totp_last_step is null "
                        + "from app_user where username = 'admintest.locked'")
                .query((rs, n) -> List.of(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4))).single();
        assertThat(row).containsExactly(0, true, true, true);
        assertThat(audited("ACCOUNT_CHANGED", "admintest.locked")).isEqualTo(2);
        assertThat(auditDetails("ACCOUNT_CHANGED", "admintest.locked")).doesNotContain("JBSWY3DPEHPK3PXP");
    }

    @Test
    void onlyAdministratorsReachTheAdministrationPagesAndTheStartPageLinksThemForAdministratorsOnly() throws Exception {
        testUsers.place("admintest.practitioner", Role.PRACTITIONER, AREA);
        mvc.perform(get("/admin/users").with(user("admintest.practitioner").roles("PRACTITIONER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/agencies").with(user("admintest.practitioner").roles("PRACTITIONER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/new").with(user("admintest.practitioner").roles("PRACTITIONER")).with(csrf())
                        .param("username", "admintest.sneaky").param("displayName", "Sneaky").param("role", "SYSTEM_ADMINISTRATOR")
                        .param("agency", String.valueOf(police)).param("password", "long enough password"))
                .andExpect(status().isForbidden());
        assertThat(users.find("admintest.sneaky")).isEmpty();

        mvc.perform(get("/").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("href=\"/admin/agencies\"")))
                .andExpect(content().string(not(containsString("name=\"q\""))))
                .andExpect(content().string(not(containsString("href=\"/nominals/new\""))));
        mvc.perform(get("/").with(user("admintest.practitioner").roles("PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/agencies\""))));
    }

    @Test
    void anAdministratorReadsNoCaseRecord() throws Exception {
        String ref = TestUsers.asOperator(() -> changes.create(AREA, new Identity("ADMINHIDDEN", List.of("Ann"),
                LocalDate.of(1971, 2, 3), null, null, null, null, null, null), "test"));
        mvc.perform(get("/nominals").param("q", "Adminhidden").with(admin())).andExpect(status().isForbidden());
        mvc.perform(get("/nominals/" + ref).with(admin())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("ADMINHIDDEN"))))
                .andExpect(content().string(not(containsString(ref))));
    }
}
