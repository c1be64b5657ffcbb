package org.mappahub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.mappahub.access.Base32;
import org.mappahub.access.Role;
import org.mappahub.access.Totp;
import org.mappahub.access.TotpFactor;
import org.mappahub.access.Users;

/**
 * First sign-in in a real browser (headless Chromium): the enrolment page's QR code loads under the strict
 * Content-Security-Policy, GOV.UK Frontend's nonce'd inline script runs (the body is marked js-enabled and
 * govuk-frontend-supported), nothing is refused, and the page passes axe-core. Screenshot:
 * {@code target/screenshots/enrolment.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EnrolmentBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    TotpFactor totp;

    Playwright playwright;

    @AfterEach
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aNewUserScansTheQrCodeAndEntersACode() throws Exception {
        users.create("nell.newcomer", "Nell Newcomer", Role.PRACTITIONER, "newcomer password 1");
        String system = BrowserJourneyIT.systemChromium();
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system == null ? Map.of() : Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            fail(BrowserJourneyIT.NO_BROWSER + e.getMessage());
        }
        Browser browser = BrowserJourneyIT.launchChromium(playwright, system);
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });

        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.getByLabel("User name").fill("nell.newcomer");
        page.getByLabel("Password").fill("newcomer password 1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).endsWith("/mfa/enrol");
        // The URL changes when the new page is committed, before it is parsed: wait for it to load.
        page.waitForLoadState(LoadState.LOAD);

        assertThat(page.evaluate("document.body.className")).asString()
                .contains("js-enabled").contains("govuk-frontend-supported");
        Files.createDirectories(BrowserJourneyIT.SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourneyIT.SCREENSHOTS.resolve("enrolment.png"))
                .setFullPage(true));
        assertThat(page.evaluate("document.getElementById('qr-code').naturalWidth"))
                .as("the QR code image loaded").isNotEqualTo(0);
        String secret = page.locator("#secret").textContent().replace(" ", "").trim();
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).extracting(Rule::getId).as("serious or critical accessibility violations").isEmpty();

        page.getByLabel("Security code").fill(Totp.code(Base32.decode(secret), Totp.timeStep(Instant.now())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.url()).matches(java.util.regex.Pattern.quote(base) + "/(\\?continue)?");
        assertThat(totp.secret("nell.newcomer")).hasValue(secret);
        assertThat(consoleErrors).as("browser console errors (a Content-Security-Policy violation shows here)").isEmpty();
    }
}
