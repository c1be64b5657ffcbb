package org.mappahub.audit.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/** The auditor's page answers "who looked at this person's record, and when" — for auditors only. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordViewsPageTest {

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;

    @Test
    void anAuditorSeesEachViewOfARecordWithWhoAndWhen() throws Exception {
        areas.save(new Area("VIEWSHIRE", "Viewshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("viewer.one", Role.PRACTITIONER, "VIEWSHIRE");
        placed.place("viewer.two", Role.COORDINATOR, "VIEWSHIRE");
        String ref = changes.create("VIEWSHIRE", new Identity("LOOKEDAT", List.of("Ann"), LocalDate.of(1970, 1, 1),
                null, null, null, null, null, null), "test.setup");
        mvc.perform(get("/nominals/" + ref).with(user("viewer.one").roles("PRACTITIONER"))).andExpect(status().isOk());
        mvc.perform(get("/nominals/" + ref).with(user("viewer.two").roles("COORDINATOR"))).andExpect(status().isOk());

        mvc.perform(get("/audit/record-views").param("ref", ref).with(user("the.auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 view(s) of " + ref)))
                .andExpect(content().string(Matchers.containsString("viewer.one")))
                .andExpect(content().string(Matchers.containsString("viewer.two")))
                .andExpect(content().string(Matchers.containsString("href=\"/audit/record-views\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/nominals/new\""))));
    }

    @Test
    void nobodyElseMayReadTheAuditTrailAndAnAuditorMayNotReadARecord() throws Exception {
        mvc.perform(get("/audit/record-views").param("ref", "X-1").with(user("p").roles("PRACTITIONER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/nominals").param("q", "smith").with(user("the.auditor").roles("AUDITOR")))
                .andExpect(status().isForbidden());
    }
}
