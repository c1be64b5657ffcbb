package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in page session ends after 30 minutes without a request and 10 hours after sign-in however busy;
 * the next request is signed out and sent to the sign-in page, which says why. Time is moved with the
 * application's clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class SessionTimeoutsTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    TotpFactor totp;
    @Autowired
    MovableClock clock;
    @Autowired
    SessionTimeouts timeouts;

    /** Password and security code: a fully signed-in session. */
    MockHttpSession signIn(String username) throws Exception {
        if (users.find(username).isEmpty()) {
            users.create(username, username, Role.PRACTITIONER, PASSWORD);
            totp.assign(username, Totp.newSecret());
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
        // Move past any time step a previous test used, then enter the current code.
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String secret = totp.secret(username).orElseThrow();
        MockHttpSession signedIn = (MockHttpSession) mvc.perform(post("/mfa/verify").session(session).with(csrf())
                        .param("code", Totp.code(Base32.decode(secret), Totp.timeStep(clock.instant()))))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(signedIn)).andExpect(status().isOk());
        return signedIn;
    }

    @Test
    void theDefaultsAreThirtyMinutesIdleAndTenHoursInAll() {
        assertThat(timeouts.idle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(timeouts.absolute()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void aSessionUnusedForThirtyMinutesIsSignedOutAndToldWhy() throws Exception {
        MockHttpSession session = signIn("ida.idle");
        // Each request restarts the idle time: three requests 29 minutes apart keep the session.
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(29));
            mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
        clock.advance(Duration.ofMinutes(30));
        mvc.perform(get("/nominals?q=smith").session(session)).andExpect(redirectedUrl("/login?timedOut"));
        assertThat(session.isInvalid()).as("the session is ended, not just refused once").isTrue();

        String page = mvc.perform(get("/login?timedOut")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".govuk-notification-banner").text()).as(page)
                .contains("You were signed out because you had not used MAPPA Hub for 30 minutes, "
                        + "or had been signed in for 10 hours. Sign in again to continue.");
    }

    @Test
    void aBusySessionEndsTenHoursAfterSignIn() throws Exception {
        MockHttpSession session = signIn("abe.absolute");
        // Busy all day: a request every 20 minutes, up to just before ten hours since sign-in.
        Duration elapsed = Duration.ZERO;
        while (elapsed.plusMinutes(20).compareTo(Duration.ofHours(10).minusSeconds(Totp.STEP_SECONDS + 1)) < 0) {
            clock.advance(Duration.ofMinutes(20));
            elapsed = elapsed.plusMinutes(20);
            mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
        clock.advance(Duration.ofHours(10).minus(elapsed));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?timedOut"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionWaitingForItsSecurityCodeTimesOutToo() throws Exception {
        users.create("pam.pending", "Pam Pending", Role.PRACTITIONER, PASSWORD);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", "pam.pending").param("password", PASSWORD))
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
        clock.advance(Duration.ofMinutes(31));
        mvc.perform(get("/mfa/verify").session(session)).andExpect(redirectedUrl("/login?timedOut"));
    }

    @Test
    void theContainerKeepsASessionLongerThanTheIdleTimeOutSoThatTheUserIsToldWhyItEnded() throws Exception {
        MockHttpSession session = signIn("cora.container");
        assertThat(Duration.ofSeconds(session.getMaxInactiveInterval()))
                .isEqualTo(Duration.ofMinutes(30).plus(SessionTimeouts.CONTAINER_GRACE));
    }

    @Test
    void anAnonymousSessionHasNoTimeOutToEnforce() throws Exception {
        MockHttpSession anonymous = (MockHttpSession) mvc.perform(get("/nominals"))
                .andExpect(redirectedUrl("/login")).andReturn().getRequest().getSession(false);
        clock.advance(Duration.ofHours(11));
        mvc.perform(get("/login").session(anonymous)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to MAPPA Hub")));
    }

    @Test
    void durationsAreWrittenInWords() {
        assertThat(SessionTimeouts.words(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(SessionTimeouts.words(Duration.ofHours(10))).isEqualTo("10 hours");
        assertThat(SessionTimeouts.words(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
    }
}
