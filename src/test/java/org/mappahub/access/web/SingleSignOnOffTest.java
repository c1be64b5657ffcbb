package org.mappahub.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.SingleSignOn;

/** Without mappa.sso.* the application is as before: passwords only, no agency link, no OAuth2 endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
class SingleSignOnOffTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void withoutConfigurationThereIsNoSingleSignOn() throws Exception {
        assertThat(context.getBeanNamesForType(SingleSignOn.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to MAPPA Hub")))
                .andExpect(content().string(not(containsString("agency account"))));
        mvc.perform(get(SingleSignOn.START)).andExpect(redirectedUrl("/login"));
    }
}
