package org.mappahub.notification.api;

import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
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

/** The notification API: record the requirement and notifications, read the next due; refusals and stale edits. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class NotificationApiTest {

    static final String AREA = "NOTIFAPI";

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
    void aPerson() {
        clock.set(LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Apishire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("api.practitioner", Role.PRACTITIONER, AREA);
        dtcAgency = placed.place("api.dtc", Role.DTC_REPRESENTATIVE, AREA);
        ref = changes.create(AREA, new Identity("NOTIFAPIPERSON", List.of("Ann"), LocalDate.of(1990, 1, 1), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("api.practitioner").roles("PRACTITIONER");
    }

    @Test
    void recordsTheRequirementAndANotificationAndReadsTheNextDue() throws Exception {
        String base = "/api/v1/nominals/" + ref;
        mvc.perform(put(base + "/notification/requirement").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"disposal\":\"IMPRISONMENT\",\"lengthMonths\":36,\"convictionDate\":\"2024-05-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirement.period").value("INDEFINITE"))
                .andExpect(jsonPath("$.requirement.endsOn").doesNotExist())
                .andExpect(jsonPath("$.requirement.version").value(0));
        mvc.perform(post(base + "/notifications").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERIODIC\",\"madeOn\":\"2024-07-05\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PERIODIC"));
        mvc.perform(get(base + "/notification").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications[0].madeOn").value("2024-07-05"))
                .andExpect(jsonPath("$.nextDue.due").value("2025-07-05"))
                .andExpect(jsonPath("$.nextDue.overdue").value(false))
                .andExpect(jsonPath("$.nextDue.days").value(4));
    }

    @Test
    void badInputIs400StaleIs409AndADtcRepresentativeIsRefused() throws Exception {
        String base = "/api/v1/nominals/" + ref;
        mvc.perform(post(base + "/notifications").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WEEKLY\",\"madeOn\":\"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-parameter")))
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(put(base + "/notification/requirement").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"disposal\":\"FINE\",\"convictionDate\":\"2024-05-01\"}"))
                .andExpect(status().isOk());
        mvc.perform(put(base + "/notification/requirement").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"disposal\":\"CAUTION\",\"convictionDate\":\"2024-05-01\",\"version\":7}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")));

        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get(base).with(user("api.dtc").roles("DTC_REPRESENTATIVE"))).andExpect(status().isOk());
        mvc.perform(get(base + "/notification").with(user("api.dtc").roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
    }

    @Test
    void breachesAndAReviewDecisionThroughTheApiWithTheRuleNamedWhenRefused() throws Exception {
        String base = "/api/v1/nominals/" + ref;
        mvc.perform(put(base + "/notification/requirement").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"disposal\":\"LIFE\",\"convictionDate\":\"2008-05-01\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/notifications").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INITIAL\",\"madeOn\":\"2008-05-02\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post(base + "/notification/breaches").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordVersion\":0,\"outcome\":\"CAUTIONED\",\"date\":\"2025-03-04\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breaches[0].outcome").value("CAUTIONED"))
                .andExpect(jsonPath("$.recordVersion").value(1))
                .andExpect(jsonPath("$.reviewQualifyingDate").value("2023-05-02"));
        mvc.perform(post(base + "/notification/breaches").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordVersion\":0,\"outcome\":\"CONVICTED\",\"date\":\"2025-03-05\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")));

        String applied = mvc.perform(post(base + "/notification/reviews").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"appliedOn\":\"2025-04-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(applied.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put(base + "/notification/reviews/" + id + "/decision").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"decision\":\"REVOKED\","
                                + "\"decidedOn\":\"2025-06-01\",\"decidedBy\":\"Insp Grey\",\"rank\":\"INSPECTOR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("superintendent")));
        mvc.perform(put(base + "/notification/reviews/" + id + "/decision").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"decision\":\"REVOKED\","
                                + "\"decidedOn\":\"2025-06-01\",\"decidedBy\":\"Supt Grey\",\"rank\":\"SUPERINTENDENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("REVOKED"));
        mvc.perform(get(base + "/notification").with(practitioner()))
                .andExpect(jsonPath("$.requirement.revokedOn").value("2025-06-01"))
                .andExpect(jsonPath("$.nextDue").doesNotExist())
                .andExpect(jsonPath("$.reviews[0].rank").value("SUPERINTENDENT"));
    }

    @Test
    void aNotificationIsCorrectedWithItsVersion428Without409WhenStale404WhenUnknown() throws Exception {
        String base = "/api/v1/nominals/" + ref;
        mvc.perform(post(base + "/notifications").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"TRAVEL\",\"madeOn\":\"2024-07-05\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0));
        long id = TestUsers.asOperator(() -> jdbc.sql("select n.id from notification n join nominal p on p.id = n.nominal_id"
                + " where p.ref = ?").param(ref).query(Long.class).single());
        String correction = "{\"kind\":\"PERIODIC\",\"madeOn\":\"2024-07-06\",\"notes\":\"typed as travel\"";
        mvc.perform(put(base + "/notifications/" + id).with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(correction + "}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(base + "/notifications/" + id).with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(correction + ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PERIODIC"))
                .andExpect(jsonPath("$.madeOn").value("2024-07-06"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(base + "/notifications/" + id).with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INITIAL\",\"madeOn\":\"2024-07-01\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/stale-version")));
        mvc.perform(put(base + "/notifications/" + id).with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INITIAL\",\"madeOn\":\"2099-07-01\",\"version\":1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(base + "/notifications/987654").with(practitioner()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INITIAL\",\"madeOn\":\"2024-07-01\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/notification").with(practitioner()))
                .andExpect(jsonPath("$.notifications[0].madeOn").value("2024-07-06"))
                .andExpect(jsonPath("$.notifications[0].version").value(1));
    }
}
