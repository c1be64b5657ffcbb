package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mappahub.access.TestApiTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal API tokens: what the API accepts, what it refuses, and what the database keeps. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class ApiTokensTest {

    static final String PASSWORD = "correct horse battery";
    /** A path that needs a case reader and answers 404 without touching data: proves the token was accepted. */
    static final String API = "/api/v1/nominals/TOK-NOSUCH";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ApiTokens tokens;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;

    String user(String username) {
        users.create(username, "Test " + username, Role.PRACTITIONER,
                new TestUsers(users, agencies).agency("CUMBRIA", AgencyType.POLICE), PASSWORD);
        return username;
    }

    ResultActions call(String token) throws Exception {
        return mvc.perform(get(API).with(bearer(token)));
    }

    @Test
    void aTokenLetsItsOwnerCallTheApiAndRecordsTheUse() throws Exception {
        String token = TestApiTokens.tokenFor(tokens, user("tok.works"));
        assertThat(token).startsWith(ApiTokens.PREFIX);
        assertThat(Base64.getUrlDecoder().decode(token.substring(ApiTokens.PREFIX.length()))).hasSize(32);

        call(token).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        assertThat(tokens.of("tok.works")).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS)));
    }

    @Test
    void aTokenActsWithItsAccountsRole() throws Exception {
        users.create("tok.auditor", "Test auditor", Role.AUDITOR, PASSWORD);
        String token = TestApiTokens.tokenFor(tokens, "tok.auditor");
        call(token).andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        call(ApiTokens.PREFIX + "A".repeat(43)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Invalid API token"));
        call("not even the right shape").andExpect(status().isUnauthorized());
        mvc.perform(get(API).header("Authorization", "Bearer ")).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = tokens.issue(user("tok.expires"), "short", 1).value();
        clock.advance(Duration.ofDays(1).minusSeconds(1));
        call(token).andExpect(status().isNotFound());
        clock.advance(Duration.ofSeconds(1));
        call(token).andExpect(status().isUnauthorized());
        assertThat(tokens.of("tok.expires")).singleElement().satisfies(t -> assertThat(t.expiredAt(clock.instant())).isTrue());
    }

    @Test
    void aRevokedTokenIsRefusedAndOnlyItsOwnerMayRevokeIt() throws Exception {
        String token = TestApiTokens.tokenFor(tokens, user("tok.revoked"));
        long id = tokens.of("tok.revoked").get(0).id();
        user("tok.other");
        assertThat(tokens.revoke("tok.other", id)).isFalse();
        call(token).andExpect(status().isNotFound());

        assertThat(tokens.revoke("tok.revoked", id)).isTrue();
        call(token).andExpect(status().isUnauthorized());
        assertThat(tokens.of("tok.revoked")).isEmpty();
        assertThat(tokens.revoke("tok.revoked", id)).as("revoked once").isFalse();
    }

    @Test
    void aDisabledUsersTokenIsRefused() throws Exception {
        String token = TestApiTokens.tokenFor(tokens, user("tok.disabled"));
        call(token).andExpect(status().isNotFound());
        jdbc.sql("update app_user set enabled = false where username = ?").param("tok.disabled").update();
        call(token).andExpect(status().isUnauthorized());
    }

    @Test
    void theDatabaseHoldsOnlyTheSha256OfTheToken() throws Exception {
        String token = TestApiTokens.tokenFor(tokens, user("tok.hashed"));
        List<Map<String, Object>> rows = jdbc.sql("select * from api_token where username = ?").param("tok.hashed")
                .query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(token));
            assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token.substring(ApiTokens.PREFIX.length())));
        });
        assertThat(ApiTokens.hash(token)).hasSize(64).isNotEqualTo(token);
        // Nor does the audit trail hold it.
        assertThat(jdbc.sql("select count(*) from audit_entry where details like ? or subject like ?")
                .params("%" + token + "%", "%" + token + "%").query(Long.class).single()).isZero();
        assertThat(new ApiTokens.Issued(null, token).toString()).doesNotContain(token);
    }

    @Test
    void creatingAndRevokingAreAudited() {
        String username = user("tok.audited");
        ApiTokens.Issued issued = tokens.issue(username, "Case system", 30);
        tokens.revoke(username, issued.token().id());
        List<Map<String, Object>> entries = jdbc.sql(
                        "select actor, action, subject, details from audit_entry where actor = ? order by id")
                .param(username).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("subject")).isEqualTo("api-token:" + issued.token().id()));
        assertThat((String) entries.get(0).get("details")).contains("Case system").contains("expiresAt");
    }

    @Test
    void aTokenLivesAtMost90DaysAndNeedsAName() {
        String username = user("tok.limits");
        assertThatThrownBy(() -> tokens.issue(username, "too long", 91)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(username, "none", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(username, "  ", 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(username, "x".repeat(101), 30)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.issue(username, " longest ", 90).token())
                .satisfies(t -> assertThat(t.name()).isEqualTo("longest"))
                .satisfies(t -> assertThat(Duration.between(t.createdAt(), t.expiresAt())).isEqualTo(Duration.ofDays(90)));
    }
}
