package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages' Content-Security-Policy allows exactly one inline script, GOV.UK Frontend's body-class snippet,
 * through a nonce that is new for every response; no template holds any other inline script.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentSecurityPolicyNonceTest {

    static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{22,})'");
    static final String GOVUK_SNIPPET = "document.body.className += ' js-enabled' + ('noModule' in "
            + "HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Autowired
    MockMvc mvc;

    record Served(String headerNonce, Document page) {
    }

    Served fetch(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String policy = response.getHeader("Content-Security-Policy");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a script nonce in %s", policy).isTrue();
        assertThat(policy).doesNotContain("'unsafe-inline'").contains("frame-ancestors 'none'")
                .contains("default-src 'self'").contains("object-src 'none'");
        return new Served(nonce.group(1), Jsoup.parse(response.getContentAsString()));
    }

    @Test
    void theInlineScriptCarriesTheNonceOfItsResponse() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/login"),
                get("/").with(user("pat.csp").roles("PRACTITIONER")),
                get("/nominals?q=smith").with(user("pat.csp").roles("PRACTITIONER")))) {
            Served served = fetch(request);
            List<Element> inline = served.page().select("script:not([src])");
            assertThat(inline).as("inline scripts").hasSize(1);
            assertThat(inline.get(0).attr("nonce")).isEqualTo(served.headerNonce());
            assertThat(inline.get(0).data()).isEqualTo(GOVUK_SNIPPET);
            assertThat(served.page().select("script[src]").eachAttr("src")).containsExactly("/assets/app.js");
        }
    }

    @Test
    void everyResponseHasANewNonce() throws Exception {
        Served first = fetch(get("/login"));
        Served second = fetch(get("/login"));
        assertThat(first.headerNonce()).isNotEqualTo(second.headerNonce());
        assertThat(first.page().select("script:not([src])").attr("nonce"))
                .isNotEqualTo(second.page().select("script:not([src])").attr("nonce"));
    }

    @Test
    void theApiKeepsItsOwnPolicyWithNoScriptAtAll() throws Exception {
        String policy = mvc.perform(get("/api/v1/nominals/NONE-1")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(policy).startsWith("default-src 'none'").doesNotContain("nonce");
    }

    /** Every template, so a page added later cannot bring an inline script, handler attribute or javascript: URL. */
    @Test
    void noTemplateHasAnyOtherInlineScript() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            Document document = Jsoup.parse(Files.readString(template));
            for (Element script : document.select("script")) {
                boolean external = script.hasAttr("src") || script.hasAttr("th:src");
                boolean theSnippet = TEMPLATES.resolve("layout.html").equals(template)
                        && script.attr("th:attr").equals("nonce=${cspNonce}") && script.data().equals(GOVUK_SNIPPET);
                if (!external && !theSnippet) {
                    problems.add(template + ": inline <script> " + script.outerHtml());
                }
            }
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase().replaceFirst("^th:", "");
                    if (name.startsWith("on") || attribute.getValue().trim().toLowerCase().startsWith("javascript:")) {
                        problems.add(template + ": script in attribute " + attribute);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
