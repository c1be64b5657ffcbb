package org.mappahub.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord.Gender;

/**
 * Every page and API response says HTTPS only (HSTS, even on plain HTTP behind a TLS proxy) and that no cache
 * may keep it; only the static assets may be cached, and they are revalidated on every use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    static final String AREA = "HDRTEST";
    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Areas areas;
    @Autowired
    NominalChanges changes;
    @Autowired
    Agencies agencies;
    @Autowired
    ApiTokens tokens;

    static String token;

    String ref;

    @BeforeEach
    void aRecordAndAnApiUser() {
        areas.save(new Area(AREA, "Headers test area", List.of("North"), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("hdr-api", Role.PRACTITIONER, AREA);
        placed.place("pat.headers", Role.PRACTITIONER, AREA);
        if (token == null) {
            token = TestApiTokens.tokenFor(tokens, "hdr-api");
        }
        ref = changes.create(AREA, new Identity("HEADER", List.of("HANNAH"), LocalDate.of(1981, 2, 3), Gender.FEMALE,
                null, null, null, null, "North"), "seed");
    }

    static RequestPostProcessor practitioner() {
        return user("pat.headers").roles("PRACTITIONER");
    }

    static ResultMatcher strictTransportSecurity() {
        return header().string("Strict-Transport-Security", strictTransportSecurityValue());
    }

    static org.hamcrest.Matcher<String> strictTransportSecurityValue() {
        // Spring Security writes "max-age=31536000 ; includeSubDomains"; browsers accept the space.
        return org.hamcrest.Matchers.matchesPattern("max-age=31536000 ?; ?includeSubDomains");
    }

    static ResultMatcher noStore() {
        return header().string("Cache-Control", containsString("no-store"));
    }

    @Test
    void casePagesAreHttpsOnlyAndNeverStoredEvenWhenServedOverPlainHttp() throws Exception {
        for (String page : List.of("/", "/nominals?q=header", "/nominals/" + ref)) {
            mvc.perform(get(page).with(practitioner()))
                    .andExpect(status().isOk())
                    .andExpect(strictTransportSecurity())
                    .andExpect(noStore())
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        mvc.perform(get("/login")).andExpect(strictTransportSecurity()).andExpect(noStore());
        mvc.perform(get("/nominals/" + ref)).andExpect(status().is3xxRedirection()).andExpect(strictTransportSecurity());
    }

    @Test
    void apiResponsesAreHttpsOnlyAndNeverStoredAndStillCarryTheirETag() throws Exception {
        mvc.perform(get("/api/v1/nominals/" + ref).with(TestApiTokens.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(strictTransportSecurity())
                .andExpect(noStore());
        mvc.perform(get("/api/v1/nominals?q=header").with(TestApiTokens.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(strictTransportSecurity())
                .andExpect(noStore());
        mvc.perform(get("/api/v1/nominals/" + ref))
                .andExpect(status().isUnauthorized())
                .andExpect(strictTransportSecurity())
                .andExpect(noStore());
    }

    @Test
    void staticAssetsMayBeCachedButAreRevalidated() throws Exception {
        mvc.perform(get("/assets/app.css"))
                .andExpect(status().isOk())
                .andExpect(strictTransportSecurity())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().string("Cache-Control", not(containsString("no-store"))));
    }
}
