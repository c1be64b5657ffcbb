package org.mappahub.access.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Role;
import org.mappahub.access.Users;

@SpringBootTest
@AutoConfigureMockMvc
class SignInPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        for (String page : new String[]{"/", "/nominals?q=smith", "/nominals/LAN-000001", "/nominals/new"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theSignInPageIsAGovukForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("for=\"username\">User name</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("govuk-error-summary"))))
                .andExpect(content().string(not(containsString("OFFICIAL-SENSITIVE"))));
    }

    @Test
    void aFailedSignInSaysSo() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a correct user name and password")))
                .andExpect(content().string(containsString("href=\"#username\"")));
    }

    @Test
    void signingOutSaysSo() throws Exception {
        mvc.perform(get("/login").param("signedOut", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have signed out")));
    }

    @Test
    void signingInWithTheRightPasswordAsksForTheSecondFactor() throws Exception {
        users.create("sally.signin", "Sally Signin", Role.PRACTITIONER, "correct horse battery");
        mvc.perform(post("/login").with(csrf()).param("username", "sally.signin").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", "sally.signin").param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/mfa/verify"));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "PRACTITIONER")
    void theStartPageHasTheSearchBoxAndCreateLink() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q\"")))
                .andExpect(content().string(containsString("Create a nominal")))
                .andExpect(content().string(containsString("Sign out")));
    }
}
