package org.mappahub.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.ApiTokens;
import org.mappahub.access.Base32;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestApiTokens;
import org.mappahub.access.Totp;
import org.mappahub.access.TotpFactor;
import org.mappahub.access.Users;

/** The API tokens page, reached only after both sign-in steps; a token made there works on the API. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class ApiTokenPagesTest {

    static final String PASSWORD = "correct horse battery";
    static final Pattern TOKEN = Pattern.compile("mappa_[A-Za-z0-9_-]{43}");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired TotpFactor totp;
    @Autowired ApiTokens tokens;
    @Autowired MovableClock clock;
    @Autowired org.mappahub.access.Agencies agencies;

    /** Signs in with the password only: the session waits for its second factor. */
    MockHttpSession password(String username) throws Exception {
        users.create(username, "Test " + username, Role.PRACTITIONER, new org.mappahub.access.TestUsers(users, agencies)
                .agency("CUMBRIA", org.mappahub.access.AgencyType.POLICE), PASSWORD);
        totp.assign(username, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
    }

    MockHttpSession bothSteps(String username) throws Exception {
        MockHttpSession session = password(username);
        String code = Totp.code(Base32.decode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), Totp.timeStep(clock.instant()));
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    void aSessionThatHasNotPassedTheSecondStepCannotReachThePage() throws Exception {
        MockHttpSession session = password("pat.pending");
        mvc.perform(get(ApiTokens.PAGE).session(session)).andExpect(redirectedUrl("/mfa/verify"));
        mvc.perform(post(ApiTokens.PAGE).session(session).with(csrf()).param("name", "sneaky").param("days", "30"))
                .andExpect(redirectedUrl("/mfa/verify"));
        assertThat(tokens.of("pat.pending")).isEmpty();
        mvc.perform(get(ApiTokens.PAGE)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aSignedInUserCreatesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
        MockHttpSession session = bothSteps("tia.token");
        mvc.perform(get(ApiTokens.PAGE).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no API tokens.")))
                .andExpect(content().string(containsString("Create a token")))
                .andExpect(content().string(containsString("value=\"30\"")));

        String page = mvc.perform(post(ApiTokens.PAGE).session(session).with(csrf())
                        .param("name", "Case system").param("days", "14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You will not be able to see it again")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the token is shown").isTrue();
        String token = m.group();

        mvc.perform(get(ApiTokens.PAGE).session(session))
                .andExpect(content().string(containsString("Case system")))
                .andExpect(content().string(containsString("Never")))
                .andExpect(content().string(not(containsString(token))));

        mvc.perform(get("/api/v1/nominals/TOK-NOSUCH").with(TestApiTokens.bearer(token))).andExpect(status().isNotFound());

        long id = tokens.of("tia.token").get(0).id();
        mvc.perform(post(ApiTokens.PAGE + "/" + id + "/revoke").session(session).with(csrf()))
                .andExpect(redirectedUrl(ApiTokens.PAGE))
                .andExpect(flash().attribute("revoked", true));
        mvc.perform(get("/api/v1/nominals/TOK-NOSUCH").with(TestApiTokens.bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsExplainedAndCreatesNothing() throws Exception {
        MockHttpSession session = bothSteps("ben.badinput");
        mvc.perform(post(ApiTokens.PAGE).session(session).with(csrf()).param("name", "").param("days", "91"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a name for the token")))
                .andExpect(content().string(containsString("between 1 and 90 days")))
                .andExpect(content().string(containsString("<title>Error: API tokens")));
        mvc.perform(post(ApiTokens.PAGE).session(session).with(csrf()).param("name", "x").param("days", "soon"))
                .andExpect(content().string(containsString("Enter the number of days")));
        assertThat(tokens.of("ben.badinput")).isEmpty();
    }

    @Test
    void revokingNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = bothSteps("cat.csrf");
        long id = tokens.issue("cat.csrf", "x", 30).token().id();
        mvc.perform(post(ApiTokens.PAGE + "/" + id + "/revoke").session(session)).andExpect(status().isForbidden());
        assertThat(tokens.of("cat.csrf")).hasSize(1);
    }
}
