package org.mappahub.orders.web;

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
import org.mappahub.nominal.Nominals;

/**
 * The civil orders pages: an own-area practitioner adds an SHPO, sees its status, records a variation and a breach,
 * and sees it expiring on the record page; the law's refusals come back inline naming the rule (400); a stale form is
 * refused with a message (409); a DTC representative of a shared case sees neither link nor page; another area's
 * user reads once a reason is stated but does not change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class CivilOrderPagesTest {

    static final String HOME = "ORDPAGEHOME";
    static final String AWAY = "ORDPAGEAWAY";

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
        clock.set(LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(HOME, "Orderpageshire", List.of(), List.of()));
        areas.save(new Area(AWAY, "Farshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("opal.practitioner", Role.PRACTITIONER, HOME);
        dtcAgency = placed.place("odin.dtc", Role.DTC_REPRESENTATIVE, HOME);
        placed.place("ovid.visitor", Role.PRACTITIONER, AWAY);
        ref = changes.create(HOME, new Identity("ORDPAGEPERSON", List.of("Olga"), LocalDate.of(1980, 4, 4), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("opal.practitioner").roles("PRACTITIONER");
    }

    int version() {
        return TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().version());
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder b, String name, String ymd) {
        String[] p = ymd.split("-");
        return b.param(name + "Day", p[2]).param(name + "Month", p[1]).param(name + "Year", p[0]);
    }

    /** An SHPO granted 1 August 2020 until 1 August 2025 (the first day free of it), with a travel prohibition. */
    MockHttpServletRequestBuilder addShpo(int version, String to) {
        MockHttpServletRequestBuilder b = post("/nominals/" + ref + "/orders").with(practitioner()).with(csrf())
                .param("version", String.valueOf(version)).param("type", "SHPO")
                .param("prohibitions", "Not to use the internet without monitoring software\nNot to approach schools")
                .param("foreignTravelRestriction", "true").param("travelCountries", "Thailand, Cambodia");
        b = date(b, "applied", "2020-07-01");
        b = date(b, "granted", "2020-08-01");
        b = date(b, "travelProhibitionEnds", "2025-07-20");
        return date(b, "to", to);
    }

    @Test
    void anOwnAreaPractitionerAddsAnOrderRecordsAVariationAndABreachAndSeesItExpiring() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("/nominals/" + ref + "/orders")));
        mvc.perform(get("/nominals/" + ref + "/orders").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No civil orders recorded")))
                .andExpect(content().string(containsString("Add an order")));

        mvc.perform(addShpo(version(), "2025-08-01")).andExpect(redirectedUrl("/nominals/" + ref + "/orders"));
        mvc.perform(get("/nominals/" + ref + "/orders").with(practitioner()))
                .andExpect(content().string(containsString("Sexual Harm Prevention Order (SHPO)")))
                .andExpect(content().string(containsString("with a foreign travel restriction")))
                .andExpect(content().string(containsString("1 August 2020 to 1 August 2025")))
                .andExpect(content().string(containsString("govuk-tag--green")))
                .andExpect(content().string(containsString("Record a breach")));
        mvc.perform(get("/nominals/" + ref + "/orders/0").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not to approach schools")))
                .andExpect(content().string(containsString("Until 20 July 2025: Thailand, Cambodia")));

        MockHttpServletRequestBuilder vary = post("/nominals/" + ref + "/orders/0/changes").with(practitioner())
                .with(csrf()).param("version", String.valueOf(version())).param("kind", "VARIED")
                .param("description", "Prohibition on approaching schools removed");
        mvc.perform(date(vary, "date", "2023-03-01")).andExpect(redirectedUrl("/nominals/" + ref + "/orders/0"));
        MockHttpServletRequestBuilder breach = post("/nominals/" + ref + "/order-breaches").with(practitioner())
                .with(csrf()).param("version", String.valueOf(version())).param("order", "0").param("outcome", "CAUTIONED");
        mvc.perform(date(breach, "breachDate", "2024-02-02")).andExpect(redirectedUrl("/nominals/" + ref + "/orders"));
        mvc.perform(get("/nominals/" + ref + "/orders/0").with(practitioner()))
                .andExpect(content().string(containsString("In force, varied")))
                .andExpect(content().string(containsString("Prohibition on approaching schools removed")))
                .andExpect(content().string(containsString("2 February 2024")))
                .andExpect(content().string(containsString("Cautioned")));

        // the record page: the SHPO's last day (31 July 2025) and the travel prohibition's (19 July) are within 30 days
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("SHPO expires")))
                .andExpect(content().string(containsString("Foreign travel prohibition ends")))
                .andExpect(content().string(containsString("Civil orders in force")));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CHANGE' and actor = ?")
                .params(ref, "opal.practitioner").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anOrderTheLawDoesNotAllowComesBackWithTheRuleAndNothingIsWritten() throws Exception {
        int before = version();
        mvc.perform(addShpo(before, "2024-08-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("An SHPO lasts at least 5 years, or until further order")))
                .andExpect(content().string(containsString("4 years given")));
        MockHttpServletRequestBuilder bad = post("/nominals/" + ref + "/orders").with(practitioner()).with(csrf())
                .param("version", String.valueOf(before)).param("grantedDay", "31").param("grantedMonth", "2")
                .param("grantedYear", "2024");
        mvc.perform(bad)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a real date")));
        assertThat(version()).isEqualTo(before);
        mvc.perform(get("/nominals/" + ref + "/orders").with(practitioner()))
                .andExpect(content().string(containsString("No civil orders recorded")));
    }

    @Test
    void aStaleFormIsRefusedWithAClearMessage() throws Exception {
        int v = version();
        mvc.perform(addShpo(v, "2026-08-01")).andExpect(redirectedUrl("/nominals/" + ref + "/orders"));
        mvc.perform(addShpo(v, "2027-08-01"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this person")))
                .andExpect(content().string(containsString("1 August 2026")));
        MockHttpServletRequestBuilder edit = post("/nominals/" + ref + "/orders/0").with(practitioner()).with(csrf())
                .param("version", String.valueOf(v)).param("type", "SHPO");
        mvc.perform(date(edit, "granted", "2020-08-01"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Your change was not saved")));
        mvc.perform(get("/nominals/" + ref + "/orders/7").with(practitioner())).andExpect(status().isNotFound());
    }

    @Test
    void aDtcRepresentativeOfASharedCaseSeesNoOrders() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        RequestPostProcessor dtc = user("odin.dtc").roles("DTC_REPRESENTATIVE");
        mvc.perform(get("/nominals/" + ref).with(dtc))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/nominals/" + ref + "/orders"))));
        mvc.perform(get("/nominals/" + ref + "/orders").with(dtc))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Civil orders</h1>"))));
        mvc.perform(post("/nominals/" + ref + "/orders").with(dtc).with(csrf()).param("version", "0")
                .param("type", "DVPO")).andExpect(status().isForbidden());
    }

    @Test
    void anotherAreasUserReadsOnceAReasonIsStatedButDoesNotChange() throws Exception {
        RequestPostProcessor visitor = user("ovid.visitor").roles("PRACTITIONER");
        mvc.perform(get("/nominals/" + ref + "/orders").with(visitor))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This record belongs to another area")));
        mvc.perform(post("/nominals/" + ref + "/reason").with(visitor).with(csrf())
                        .param("reason", "Moving into our area next week; preparing the handover"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/nominals/" + ref + "/orders").with(visitor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("another area")))
                .andExpect(content().string(not(containsString("Add an order"))));
        mvc.perform(post("/nominals/" + ref + "/orders").with(visitor).with(csrf()).param("version", "0")
                .param("type", "DVPO")).andExpect(status().isForbidden());
    }
}
