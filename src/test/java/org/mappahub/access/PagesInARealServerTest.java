package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What MockMvc cannot show: in the real servlet container, an error page (rendered on the container's error
 * dispatch) carries the nonce of its own Content-Security-Policy, the headers are there over plain HTTP, and
 * the sign-in page reads {@code ?timedOut} as the container parses it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesInARealServerTest {

    @LocalServerPort
    int port;
    @Autowired
    SessionTimeouts timeouts;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    static void theOnlyInlineScriptCarriesTheHeadersNonce(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = ContentSecurityPolicyNonceTest.NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script:not([src])")).hasSize(1);
        assertThat(page.select("script:not([src])").attr("nonce")).isEqualTo(nonce.group(1));
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).matches("max-age=31536000 ?; ?includeSubDomains"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void anErrorPageCarriesTheNonceOfItsOwnResponse() throws Exception {
        // A form sent without its CSRF token: refused with 403 and the GOV.UK error page.
        HttpResponse<String> refused = send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=nothing")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("You cannot do this");
        theOnlyInlineScriptCarriesTheHeadersNonce(refused);
    }

    @Test
    void theSignInPageSaysWhyASessionEnded() throws Exception {
        HttpResponse<String> page = send(at("/login?timedOut").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select(".govuk-notification-banner").text()).contains(timeouts.message());
        theOnlyInlineScriptCarriesTheHeadersNonce(page);

        HttpResponse<String> plain = send(at("/login").GET());
        assertThat(Jsoup.parse(plain.body()).select(".govuk-notification-banner")).isEmpty();
    }
}
