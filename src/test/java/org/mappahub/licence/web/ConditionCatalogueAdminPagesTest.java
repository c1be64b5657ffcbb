package org.mappahub.licence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The catalogue page: a system administrator sees the seeded conditions, adds one (the wording must place each
 * parameter it declares), retires one (it stays in the table, marked retired; nothing is deleted); both audited;
 * a practitioner is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConditionCatalogueAdminPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor admin() {
        return user("lic.catalogue.admin").roles("SYSTEM_ADMINISTRATOR");
    }

    @Test
    void anAdministratorAddsAndRetiresAConditionAndNothingIsDeleted() throws Exception {
        mvc.perform(get("/admin/licence-conditions").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NO_CONTACT_NAMED_PERSON")))
                .andExpect(content().string(containsString("CURFEW_ELECTRONIC_MONITORING")))
                .andExpect(content().string(containsString("ATTEND_APPOINTMENTS_TREATMENT")));
        String code = "ADMINTEST_" + System.nanoTime();
        mvc.perform(post("/admin/licence-conditions").with(admin()).with(csrf()).param("code", code)
                        .param("wording", "Not to enter {ADDRESS} after {HOURS}.").param("parameters", "ADDRESS", "HOURS"))
                .andExpect(redirectedUrl("/admin/licence-conditions"));
        mvc.perform(post("/admin/licence-conditions/retire").with(admin()).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/admin/licence-conditions"));
        mvc.perform(get("/admin/licence-conditions").with(admin()))
                .andExpect(content().string(containsString("id=\"entry-" + code + "\"")))
                .andExpect(content().string(containsString("Retired")));
        assertThat(jdbc.sql("select count(*) from licence_condition_type where code = ? and retired_at is not null")
                .param(code).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and actor = 'lic.catalogue.admin'")
                .param("licence-condition:" + code).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badEntriesAreRefusedNamingTheField() throws Exception {
        mvc.perform(post("/admin/licence-conditions").with(admin()).with(csrf()).param("code", "lower case")
                        .param("wording", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#code\"")))
                .andExpect(content().string(containsString("The code must be 2 to 60 capital letters")))
                .andExpect(content().string(containsString("Enter the wording of the condition")));
        mvc.perform(post("/admin/licence-conditions").with(admin()).with(csrf()).param("code", "ADMINTEST_X" + System.nanoTime())
                        .param("wording", "Not to contact {NAMED_PERSON}."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("does not take that parameter")));
        mvc.perform(post("/admin/licence-conditions").with(admin()).with(csrf()).param("code", "ADMINTEST_Y" + System.nanoTime())
                        .param("wording", "Not to contact anyone.").param("parameters", "AGE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#parameters\"")));
        mvc.perform(post("/admin/licence-conditions").with(admin()).with(csrf()).param("code", "NO_CONTACT_NAMED_PERSON")
                        .param("wording", "Again."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is already a condition with the code")));
        mvc.perform(post("/admin/licence-conditions/retire").with(admin()).with(csrf()).param("code", "NO_SUCH_THING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no condition with the code NO_SUCH_THING")));
    }

    @Test
    void aPractitionerIsRefused() throws Exception {
        RequestPostProcessor practitioner = user("lic.someone").roles("PRACTITIONER");
        mvc.perform(get("/admin/licence-conditions").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/licence-conditions/retire").with(practitioner).with(csrf()).param("code", "DISCLOSE_VEHICLES"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select retired_at is null from licence_condition_type where code = 'DISCLOSE_VEHICLES'")
                .query(Boolean.class).single()).isTrue();
    }
}
