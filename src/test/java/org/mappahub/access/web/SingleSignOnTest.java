package org.mappahub.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.mappahub.access.ApiTokens;
import org.mappahub.access.Base32;
import org.mappahub.access.Role;
import org.mappahub.access.StubOpenIdProvider;
import org.mappahub.access.Totp;
import org.mappahub.access.TotpFactor;
import org.mappahub.access.Users;

/**
 * Single sign-on against a stub OpenID provider on loopback, driven by a real HTTP client through the whole
 * redirect dance: MAPPA Hub → provider's authorization endpoint → back with a code → token endpoint → signed
 * ID token → a session for the MAPPA Hub account of the same user name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTest {

    static final StubOpenIdProvider PROVIDER = new StubOpenIdProvider();
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("mappa.sso.issuer-uri", PROVIDER::issuer);
        properties.add("mappa.sso.client-id", () -> StubOpenIdProvider.CLIENT_ID);
        properties.add("mappa.sso.client-secret", () -> StubOpenIdProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired TotpFactor totp;
    @Autowired JdbcClient jdbc;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Clicks "Sign in with your agency account" and follows the redirects; returns where MAPPA Hub sends the user. */
    String signInWithAgencyAccount() throws Exception {
        HttpResponse<String> page = get(app("/login"));
        Matcher link = Pattern.compile("href=\"([^\"]*)\"[^>]*>\\s*Sign in with your agency account").matcher(page.body());
        assertThat(link.find()).as("the sign-in page offers the agency account").isTrue();

        HttpResponse<String> toProvider = get(app(link.group(1)));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.issuer() + "/authorize?");

        HttpResponse<String> backToApp = get(authorize);
        String callback = backToApp.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(app("/login/oauth2/code/agency?code="));

        HttpResponse<String> signedIn = get(callback);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return URI.create(app("/")).resolve(signedIn.headers().firstValue("Location").orElseThrow()).getPath()
                + (signedIn.headers().firstValue("Location").orElseThrow().contains("?error") ? "?error" : "");
    }

    void account(String username, Role role) {
        users.create(username, "Test " + username, role, "a password nobody uses");
        totp.assign(username, SECRET);
    }

    @Test
    void aKnownUserWhomTheProviderSignedInWithMfaIsSignedIn() throws Exception {
        account("sso.alice", Role.PRACTITIONER);
        PROVIDER.signInAs("sso.alice", "pwd", "mfa");
        failedAttempts("sso.alice", 3);

        assertThat(signInWithAgencyAccount()).isEqualTo("/");
        assertThat(failedAttempts("sso.alice")).as("a complete sign-in clears the failures").isZero();
        assertThat(get(app("/")).statusCode()).isEqualTo(200);
        // Both factors done: the user may create API tokens.
        assertThat(get(app(ApiTokens.PAGE)).statusCode()).isEqualTo(200);
        assertThat(lastAudit("sso.alice")).isEqualTo("SIGN_IN");
    }

    @Test
    void aKnownUserSignedInWithoutMfaStillGivesAMappaHubSecurityCode() throws Exception {
        account("sso.bob", Role.PRACTITIONER);
        PROVIDER.signInAs("sso.bob", "pwd");
        failedAttempts("sso.bob", 3);

        assertThat(signInWithAgencyAccount()).isEqualTo("/mfa/verify");
        assertThat(failedAttempts("sso.bob")).as("half a sign-in clears no failures").isEqualTo(3);
        HttpResponse<String> home = get(app("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/mfa/verify");
        assertThat(get(app(ApiTokens.PAGE)).headers().firstValue("Location").orElseThrow()).endsWith("/mfa/verify");

        HttpResponse<String> verify = get(app("/mfa/verify"));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(verify.body());
        assertThat(csrf.find()).isTrue();
        String code = Totp.code(Base32.decode(SECRET), Totp.timeStep(java.time.Instant.now()));
        HttpResponse<String> done = browser.send(HttpRequest.newBuilder(URI.create(app("/mfa/verify")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&code=" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(get(app("/")).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUserIsRefusedWithTheGenericMessageAndAudited() throws Exception {
        PROVIDER.signInAs("sso.nobody", "pwd", "mfa");

        assertThat(signInWithAgencyAccount()).isEqualTo("/login?error");
        assertThat(get(app("/login?error")).body()).contains("Enter a correct user name and password");
        assertThat(get(app("/")).headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'SIGN_IN_FAILED'")
                .param("sso.nobody").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        account("sso.gone", Role.PRACTITIONER);
        jdbc.sql("update app_user set enabled = false where username = ?").param("sso.gone").update();
        PROVIDER.signInAs("sso.gone", "mfa");

        assertThat(signInWithAgencyAccount()).isEqualTo("/login?error");
        assertThat(lastAudit("sso.gone")).isEqualTo("SIGN_IN_FAILED");
    }

    @Test
    void authoritiesComeFromTheMappaHubAccountNotTheProvider() throws Exception {
        account("sso.auditor", Role.AUDITOR);
        PROVIDER.signInAs("sso.auditor", "mfa");

        assertThat(signInWithAgencyAccount()).isEqualTo("/");
        assertThat(get(app("/nominals?q=smith")).statusCode()).isEqualTo(403);
    }

    void failedAttempts(String username, int failures) {
        jdbc.sql("update app_user set failed_attempts = ? where username = ?").params(failures, username).update();
    }

    int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from app_user where username = ?").param(username)
                .query(Integer.class).single();
    }

    String lastAudit(String actor) {
        return jdbc.sql("select action from audit_entry where actor = ? order by id desc limit 1")
                .param(actor).query(String.class).single();
    }
}
