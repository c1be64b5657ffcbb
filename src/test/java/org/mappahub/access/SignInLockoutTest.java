package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class SignInLockoutTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    @Autowired
    TotpFactor totp;

    /** Creates a user enrolled with a known TOTP secret; returns the secret. */
    String createEnrolled(String username) {
        users.create(username, "Test " + username, Role.PRACTITIONER, PASSWORD);
        String secret = Totp.newSecret();
        totp.assign(username, secret);
        return secret;
    }

    String currentCode(String secret) {
        return Totp.code(Base32.decode(secret), Totp.timeStep(clock.instant()));
    }

    /** Password then a current code: the whole sign-in. */
    void signInFully(String username, String secret) throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(username, PASSWORD)
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", currentCode(secret)))
                .andExpect(redirectedUrl("/"));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS)); // the next sign-in needs a fresh code
    }

    int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from app_user where username = ?").param(username)
                .query(Integer.class).single();
    }

    @Test
    void fiveBadPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String secret = createEnrolled("lucy.lockout");
        for (int i = 1; i < SignInLockout.FAILURES_BEFORE_LOCK; i++) {
            signIn("lucy.lockout", "guess " + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn("lucy.lockout", "guess 5").andExpect(redirectedUrl("/login?locked=1"));
        signIn("lucy.lockout", PASSWORD).andExpect(redirectedUrl("/login?locked=1"));

        mvc.perform(get("/login").param("locked", "1"))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Your account is locked. Try again in 1 minute.")));

        clock.advance(Duration.ofSeconds(61));
        signInFully("lucy.lockout", secret);
        assertThat(failedAttempts("lucy.lockout")).as("success resets the count").isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToAnHour() throws Exception {
        users.create("bob.backoff", "Bob Backoff", Role.PRACTITIONER, PASSWORD);
        for (int i = 1; i <= SignInLockout.FAILURES_BEFORE_LOCK; i++) {
            signIn("bob.backoff", "guess " + i);
        }
        clock.advance(Duration.ofSeconds(61));
        signIn("bob.backoff", "guess 6").andExpect(redirectedUrl("/login?locked=2"));
        clock.advance(Duration.ofSeconds(121));
        signIn("bob.backoff", "guess 7").andExpect(redirectedUrl("/login?locked=4"));
        mvc.perform(get("/login").param("locked", "4"))
                .andExpect(content().string(containsString("Your account is locked. Try again in 4 minutes.")));

        assertThat(SignInLockout.lockAfter(4)).isZero();
        assertThat(SignInLockout.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInLockout.lockAfter(11)).as("64 minutes, capped").isEqualTo(Duration.ofHours(1));
        assertThat(SignInLockout.lockAfter(10)).isEqualTo(Duration.ofMinutes(32));
        assertThat(SignInLockout.lockAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() throws Exception {
        String secret = createEnrolled("pat.patient");
        for (int i = 1; i <= SignInLockout.FAILURES_BEFORE_LOCK; i++) {
            signIn("pat.patient", "guess " + i);
        }
        for (int i = 0; i < 10; i++) {
            signIn("pat.patient", "more guesses").andExpect(redirectedUrl("/login?locked=1"));
        }
        clock.advance(Duration.ofSeconds(61));
        signInFully("pat.patient", secret);
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        String secret = createEnrolled("rex.reset");
        for (int i = 1; i < SignInLockout.FAILURES_BEFORE_LOCK; i++) {
            signIn("rex.reset", "guess " + i);
        }
        assertThat(failedAttempts("rex.reset")).isEqualTo(SignInLockout.FAILURES_BEFORE_LOCK - 1);
        signIn("rex.reset", PASSWORD).andExpect(redirectedUrl("/mfa/verify"));
        assertThat(failedAttempts("rex.reset")).as("the password alone is half a sign-in")
                .isEqualTo(SignInLockout.FAILURES_BEFORE_LOCK - 1);
        signInFully("rex.reset", secret);
        assertThat(failedAttempts("rex.reset")).isZero();
        signIn("rex.reset", "one slip").andExpect(redirectedUrl("/login?error"));
        assertThat(failedAttempts("rex.reset")).isEqualTo(1);
    }

    @Test
    void wrongSecurityCodesCountAndLockTheAccountAndTheRightPasswordDoesNotClearThem() throws Exception {
        String secret = createEnrolled("gus.guesser");
        String wrong = currentCode(secret).equals("000000") ? "111111" : "000000";
        for (int round = 0; round < 2; round++) {
            MockHttpSession session = (MockHttpSession) signIn("gus.guesser", PASSWORD)
                    .andReturn().getRequest().getSession(false);
            for (int i = 0; i < 2; i++) {
                mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", wrong))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("Enter the code your authenticator app shows now")));
            }
        }
        assertThat(failedAttempts("gus.guesser")).isEqualTo(4);
        MockHttpSession session = (MockHttpSession) signIn("gus.guesser", PASSWORD)
                .andReturn().getRequest().getSession(false);
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", wrong))
                .andExpect(redirectedUrl("/login?locked=1"));
        assertThat(session.isInvalid()).as("the half-finished sign-in ends").isTrue();
        signIn("gus.guesser", PASSWORD).andExpect(redirectedUrl("/login?locked=1"));
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        for (int i = 0; i < SignInLockout.FAILURES_BEFORE_LOCK + 2; i++) {
            signIn("nobody.atall", "guess").andExpect(redirectedUrl("/login?error"));
        }
    }

    @Autowired
    ApiTokens apiTokens;

    @Test
    void theApiTakesNoPasswordsSoItCannotBeUsedToGuessThem() throws Exception {
        users.create("api-guessed", "Api Guessed", Role.PRACTITIONER, PASSWORD);
        for (int i = 1; i <= SignInLockout.FAILURES_BEFORE_LOCK + 1; i++) {
            mvc.perform(get("/api/v1/nominals/LAN-NOSUCH").with(httpBasic("api-guessed", "guess " + i)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value(containsString("HTTP Basic is no longer accepted")));
        }
        assertThat(failedAttempts("api-guessed")).as("no password was checked").isZero();
        signIn("api-guessed", PASSWORD).andExpect(redirectedUrl("/mfa/verify"));
    }

    @Test
    void aLockedAccountsApiTokenIsRefusedUntilTheLockEnds() throws Exception {
        users.create("api-lockout", "Api Lockout", Role.PRACTITIONER, new TestUsers(users, agencies).agency("CUMBRIA",
                AgencyType.POLICE), PASSWORD);
        String token = TestApiTokens.tokenFor(apiTokens, "api-lockout");
        for (int i = 1; i <= SignInLockout.FAILURES_BEFORE_LOCK; i++) {
            signIn("api-lockout", "guess " + i);
        }
        mvc.perform(get("/api/v1/nominals/LAN-NOSUCH").with(TestApiTokens.bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Invalid API token"));

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(get("/api/v1/nominals/LAN-NOSUCH").with(TestApiTokens.bearer(token)))
                .andExpect(status().isNotFound());
    }
}
