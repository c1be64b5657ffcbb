package org.mappahub.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The page layout ({@code templates/layout.html}) renders the GOV.UK page template around a page's content. */
class GovukLayoutTest {

    private final SpringTemplateEngine engine = engine();

    @Test
    void pageHasTheGovukTemplateLandmarksAndScripts() {
        Document page = render(false);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Sample page – MAPPA Hub");
        assertThat(page.body().child(0).is("script[nonce=test-nonce]:not([src])"))
                .as("GOV.UK Frontend's inline script first in the body, with the response's nonce").isTrue();
        assertThat(page.body().child(0).data()).isEqualTo("document.body.className += ' js-enabled' + "
                + "('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');");
        assertThat(page.body().child(2).is("a.govuk-skip-link[href=#main-content]"))
                .as("skip link straight after the scripts").isTrue();
        assertThat(page.select("header.govuk-template__header .govuk-header")).hasSize(1);
        assertThat(page.select(".govuk-service-navigation__service-name").text()).isEqualTo("MAPPA Hub");
        assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Beta");
        assertThat(page.select("main#main-content.govuk-main-wrapper h1").text()).isEqualTo("Sample page");
        assertThat(page.select("footer.govuk-template__footer .govuk-footer")).hasSize(1);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/assets/govuk-frontend.min.css", "/assets/moj/moj-frontend.min.css", "/assets/app.css");
        // One inline script (GOV.UK Frontend's snippet, above); app.js initialises GOV.UK Frontend.
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/assets/app.js");
        assertThat(page.select("script:not([src])")).hasSize(1);
        assertThat(page.select(".app-protective-marking")).isEmpty();
    }

    @Test
    void protectiveMarkingIsShownAtTheTopOfThePageAndOfTheMainContent() {
        Document page = render(true);

        // First thing in the banner landmark, so it is at the top of the page and inside a landmark.
        assertThat(page.selectFirst("body > header").child(0).hasClass("app-protective-marking")).isTrue();
        assertThat(page.select("body > header > .app-protective-marking").text()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(page.select("main > .app-protective-marking").text()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(page.selectFirst("main").child(0).hasClass("app-protective-marking"))
                .as("marking comes first in the main content").isTrue();
    }

    private Document render(boolean protectiveMarking) {
        Context context = new Context();
        context.setVariable("protectiveMarking", protectiveMarking);
        context.setVariable("cspNonce", "test-nonce");
        return Jsoup.parse(engine.process("layout-sample", context));
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new GovukDialect());
        return engine;
    }
}
