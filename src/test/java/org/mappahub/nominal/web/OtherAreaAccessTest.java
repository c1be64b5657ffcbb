package org.mappahub.nominal.web;

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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.AccessPolicy;
import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/**
 * Another area's record: found in search as who and where only, opened after a stated reason for
 * {@link AccessPolicy#REASON_LASTS}, audited as exceptional access with the reason, never editable.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class OtherAreaAccessTest {

    static final String HOME = "REASONHOME";
    static final String AWAY = "REASONAWAY";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;

    @BeforeEach
    void aPersonManagedElsewhere() {
        areas.save(new Area(HOME, "Reasonshire", List.of(), List.of()));
        areas.save(new Area(AWAY, "Awayshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("ola.visitor", Role.PRACTITIONER, HOME);
        placed.place("ula.local", Role.PRACTITIONER, AWAY);
        ref = changes.create(AWAY, new Identity("THISTLEWAITE", List.of("Morag"), LocalDate.of(1966, 3, 3), null,
                null, null, null, null, null), "test");
    }

    static RequestPostProcessor visitor() {
        return user("ola.visitor").roles("PRACTITIONER");
    }

    private long entries(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject = ?").params(action, ref)
                .query(Long.class).single();
    }

    @Test
    void searchShowsWhoAndWhereButNotTheCaseUntilAReasonIsStated() throws Exception {
        mvc.perform(get("/nominals").param("q", "morag thistlewaite").with(visitor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("another area: reason needed")));
    }

    @Test
    void theRecordAsksWhyAndOpensOnlyForAGoodReasonWhichIsAudited() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(visitor()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This record belongs to another area")))
                .andExpect(content().string(containsString("Awayshire")))
                .andExpect(content().string(not(containsString("THISTLEWAITE"))));

        mvc.perform(post("/nominals/" + ref + "/reason").param("reason", "checking").with(csrf()).with(visitor()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at least " + AccessPolicy.SHORTEST_REASON + " characters")));
        assertThat(entries("EXCEPTIONAL_ACCESS")).isZero();

        String why = "She has moved into our area; arranging the first home visit";
        mvc.perform(post("/nominals/" + ref + "/reason").param("reason", why).with(csrf()).with(visitor()))
                .andExpect(redirectedUrl("/nominals/" + ref));
        assertThat(jdbc.sql("select reason from audit_entry where action = 'EXCEPTIONAL_ACCESS' and subject = ?")
                .param(ref).query(String.class).single()).isEqualTo(why);

        long views = entries("VIEW_RECORD");
        mvc.perform(get("/nominals/" + ref).with(visitor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("THISTLEWAITE")))
                .andExpect(content().string(containsString("another area")))
                .andExpect(content().string(not(containsString("Edit identity"))));
        assertThat(entries("VIEW_RECORD")).isEqualTo(views + 1);
        assertThat(jdbc.sql("select reason from audit_entry where action = 'VIEW_RECORD' and subject = ? order by id desc limit 1")
                .param(ref).query(String.class).single()).isEqualTo(why);

        // Seeing is not changing: the owning area edits its records.
        mvc.perform(get("/nominals/" + ref + "/edit").with(visitor())).andExpect(status().isForbidden());

        // The reason lasts its time, no longer.
        clock.advance(AccessPolicy.REASON_LASTS.plus(Duration.ofMinutes(1)));
        mvc.perform(get("/nominals/" + ref).with(visitor())).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This record belongs to another area")));
    }

    @Test
    void theOwningAreaNeedsNoReason() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(user("ula.local").roles("PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit identity")));
    }
}
