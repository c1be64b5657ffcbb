package org.mappahub.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Base32;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.Totp;
import org.mappahub.access.TotpFactor;
import org.mappahub.access.Users;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class SecondFactorPagesTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    TotpFactor totp;
    @Autowired
    MovableClock clock;

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
    }

    String code(String secret) {
        return Totp.code(Base32.decode(secret), Totp.timeStep(clock.instant()));
    }

    static String wrong(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aUserWithoutASecretEnrolsWithACodeBeforeReachingAnyPage() throws Exception {
        users.create("nina.new", "Nina New", Role.PRACTITIONER, PASSWORD);
        MockHttpSession session = signIn("nina.new");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/mfa/verify"));
        mvc.perform(get("/mfa/verify").session(session)).andExpect(redirectedUrl("/mfa/enrol"));
        mvc.perform(get("/mfa/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Set up your authenticator app")))
                .andExpect(content().string(containsString("otpauth://totp/MAPPA%20Hub:nina.new?secret=")));
        String secret = (String) session.getAttribute(SecondFactorController.ENROL_SECRET);
        assertThat(Base32.decode(secret)).hasSize(Totp.SECRET_BYTES);

        mvc.perform(post("/mfa/enrol").session(session).with(csrf()).param("code", wrong(code(secret))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter the code your authenticator app shows now")));
        assertThat(totp.enrolled("nina.new")).isFalse();
        mvc.perform(get("/nominals?q=smith").session(session)).andExpect(redirectedUrl("/mfa/verify"));

        mvc.perform(post("/mfa/enrol").session(session).with(csrf()).param("code", code(secret)))
                .andExpect(redirectedUrl("/"));
        assertThat(totp.secret("nina.new")).hasValue(secret);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/mfa/enrol").session(session)).andExpect(redirectedUrl("/mfa/verify"));
    }

    @Test
    void anEnrolledUserEntersACurrentCodeAndGoesWhereTheyWereGoing() throws Exception {
        users.create("eve.enrolled", "Eve Enrolled", Role.PRACTITIONER, PASSWORD);
        String secret = Totp.newSecret();
        totp.assign("eve.enrolled", secret);

        MockHttpSession anonymous = (MockHttpSession) mvc.perform(get("/nominals?q=smith"))
                .andExpect(redirectedUrl("/login")).andReturn().getRequest().getSession(false);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").session(anonymous).with(csrf())
                        .param("username", "eve.enrolled").param("password", PASSWORD))
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/nominals/LAN-000001").session(session)).andExpect(redirectedUrl("/mfa/verify"));
        mvc.perform(get("/mfa/verify").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your security code")));
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", wrong(code(secret))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
        String code = code(secret);
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("http://localhost/nominals?q=smith&continue"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        // The same code cannot open a second sign-in, even within its 30 seconds.
        MockHttpSession again = signIn("eve.enrolled");
        mvc.perform(post("/mfa/verify").session(again).with(csrf()).param("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the code your authenticator app shows now")));
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/mfa/verify"));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        mvc.perform(post("/mfa/verify").session(again).with(csrf()).param("code", code(secret)))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signingOutIsPossibleHalfwayThrough() throws Exception {
        users.create("hal.halfway", "Hal Halfway", Role.PRACTITIONER, PASSWORD);
        MockHttpSession session = signIn("hal.halfway");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void theSecondStepIsNotOpenToAnonymousVisitors() throws Exception {
        mvc.perform(get("/mfa/verify")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mfa/enrol")).andExpect(redirectedUrl("/login"));
    }
}
