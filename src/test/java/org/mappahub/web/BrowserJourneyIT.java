package org.mappahub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.Alias;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.nominal.Nominals;

/**
 * A practitioner's journey in a real browser (headless Chromium): sign in, search with a misspelt name,
 * find the person, open the record and the pages of the records the rules govern. axe-core checks every page visited: any serious or critical
 * violation fails the test. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Uses the system Chromium when there is one, otherwise Playwright's own browser; with neither it fails
 * and says how to install one. It is never skipped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserJourneyIT {

    static final List<String> SYSTEM_CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-quic");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    TotpFactor totp;
    static final String JOURNEY_SECRET = Totp.newSecret();
    @Autowired
    Areas areas;
    @Autowired
    org.mappahub.access.Agencies agencies;
    @Autowired
    Nominals nominals;

    Playwright playwright;
    Browser browser;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void anAreaWithAFewPeopleAndAPractitioner() throws Exception {
        areas.save(new Area("JOURNEY", "Journeyshire", List.of("Northern", "Southern"), List.of()));
        users.create("pat.journey", "Pat Journey", Role.PRACTITIONER,
                new org.mappahub.access.TestUsers(users, agencies).agency("JOURNEY", org.mappahub.access.AgencyType.POLICE),
                "journey password 1");
        totp.assign("pat.journey", JOURNEY_SECRET);
        LocalDate today = LocalDate.now();
        Provenance recorded = new Provenance("chris.chair", java.time.Instant.parse("2025-06-02T09:30:00Z"),
                "Risk of serious harm to a known adult assessed as high; multi-agency plan needed");
        nominals.insert(new NominalRecord("JOURNEY-000001", "JOURNEY", "Northern",
                new Person("FAIRWEATHER", List.of("Bartholomew", "John"), LocalDate.of(1974, 8, 23), Gender.MALE,
                        "White British", "1999/0123456X", "X123456", "A1234BC"),
                List.of(new Alias("FAIRWEATHER-JONES", List.of("Bart"), null)), null, null, null,
                List.of(new CategorySpan(1, today.minusYears(4), null,
                        new Provenance("sam.police", java.time.Instant.parse("2021-01-04T11:00:00Z"),
                                "Registered sex offender on conviction"))),
                List.of(new LevelSpan(1, today.minusYears(4), today.minusMonths(5),
                                new Provenance("sam.police", java.time.Instant.parse("2021-01-04T11:00:00Z"), "Initial level")),
                        new LevelSpan(2, today.minusMonths(5), null, recorded)),
                null, null, null), "test", false);
        nominals.insert(new NominalRecord("JOURNEY-000002", "JOURNEY", "Southern",
                new Person("FAIRCLOUGH", List.of("Maureen"), LocalDate.of(1981, 2, 3), Gender.FEMALE, null, null,
                        null, null),
                null, null, null, null, List.of(new CategorySpan(2, today.minusYears(1), null)),
                List.of(new LevelSpan(1, today.minusYears(1), null)), null, null, null), "test", false);
        nominals.insert(new NominalRecord("JOURNEY-000003", "JOURNEY", null,
                new Person("OYELARAN", List.of("Tunde"), LocalDate.of(1990, 11, 30), Gender.MALE, null, null,
                        null, null),
                List.of(new Alias("OYE", List.of("Tee"), LocalDate.of(1990, 11, 30))), null, null, null,
                List.of(new CategorySpan(2, today.minusYears(2), null)),
                List.of(new LevelSpan(1, today.minusYears(2), null)), null, null, null), "test", false);

        Files.createDirectories(SCREENSHOTS);
        // With a system Chromium, Playwright must not download its own; without one it may (where the
        // network allows), and if that fails too the test fails and says why.
        String system = systemChromium();
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system == null ? Map.of() : Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            fail(NO_BROWSER + e.getMessage());
        }
        browser = launchChromium(playwright, system);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void signInSearchAMisspeltNameFindThePersonAndOpenTheRecord() throws Exception {
        String base = "http://localhost:" + port;

        page.navigate(base + "/");
        assertThat(page.url()).endsWith("/login");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // committed is not parsed
        assertThat(page.title()).isEqualTo("Sign in – MAPPA Hub");
        accessible("sign-in");

        page.getByLabel("User name").fill("pat.journey");
        page.getByLabel("Password").fill("wrong password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter a correct user name and password");
        accessible("sign-in-failed");

        page.getByLabel("User name").fill("pat.journey");
        page.getByLabel("Password").fill("journey password 1");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        // The second factor: a current code from the authenticator app.
        assertThat(page.url()).endsWith("/mfa/verify");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // committed is not parsed
        assertThat(page.title()).isEqualTo("Enter your security code – MAPPA Hub");
        accessible("security-code");
        page.getByLabel("Security code").fill(
                Totp.code(Base32.decode(JOURNEY_SECRET), Totp.timeStep(java.time.Instant.now())));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Continue")).click();
        // Then back to the page first asked for (the start page, "/?continue").
        assertThat(page.url()).matches(java.util.regex.Pattern.quote(base) + "/(\\?continue)?");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // committed is not parsed
        accessible("start");

        page.getByLabel("Search for a nominal").fill("Bartholemew Fairwether");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.url()).contains("/nominals?q=");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // committed is not parsed
        String results = page.locator("#results").textContent();
        assertThat(results).contains("Bartholomew John FAIRWEATHER").contains("23 August 1974")
                .contains("CAT 1 / LEVEL 2").contains("Journeyshire").contains("In the community");
        assertThat(page.locator(".app-protective-marking").first().textContent()).contains("OFFICIAL-SENSITIVE");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-results.png")).setFullPage(true));
        accessible("search-results");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Bartholomew John FAIRWEATHER")).click();
        assertThat(page.url()).endsWith("/nominals/JOURNEY-000001");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // committed is not parsed
        assertThat(page.locator("#category-level").textContent()).isEqualTo("CATEGORY 1 · LEVEL 2");
        assertThat(page.locator("#identity").textContent()).contains("FAIRWEATHER-JONES").contains("1999/0123456X");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("record.png")).setFullPage(true));
        accessible("record");

        // The history is a tab (GOV.UK Frontend's JavaScript ran): open it.
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName("Category and level history")).click();
        assertThat(page.locator("#history").isVisible()).isTrue();
        assertThat(page.locator("#history").textContent()).contains("Level changed from 1 to 2")
                .contains("recorded by chris.chair").contains("multi-agency plan needed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("record-history.png")).setFullPage(true));
        accessible("record-history");

        // The records the rules govern, each on its own page with the forms an editor uses.
        for (String part : List.of("notification", "notification/breach", "orders", "custody", "licences",
                "assessments", "assessments/new?tool=OASYS", "intelligence", "referrals", "referrals/new",
                "meetings")) {
            page.navigate(base + "/nominals/JOURNEY-000001/" + part);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            assertThat(page.locator("h1").count()).as(part).isEqualTo(1);
            accessible(part.replaceAll("[/?=]", "-"));
        }

        assertThat(consoleErrors).as("browser console errors (a Content-Security-Policy violation shows here)").isEmpty();
    }

    /** Runs axe-core on the page as it is now; fails on any serious or critical violation, after printing them all. */
    private void accessible(String name) {
        AxeResults axe = new AxeBuilder(page).analyze();
        List<Rule> violations = axe.getViolations();
        violations.forEach(v -> System.out.printf("axe [%s] %s (%s): %s%n    %s%n", name, v.getId(), v.getImpact(),
                v.getHelp(), v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))));
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on the %s page", name).isEmpty();
    }

    /** The first system Chromium that exists, else Playwright's own; with neither, the test fails and says why. */
    static Browser launchChromium(Playwright playwright, String system) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
        if (system != null) {
            return playwright.chromium().launch(options.setExecutablePath(Path.of(system)));
        }
        try {
            return playwright.chromium().launch(options);
        } catch (PlaywrightException e) {
            return fail(NO_BROWSER + e.getMessage());
        }
    }

    static String systemChromium() {
        return SYSTEM_CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    static final String NO_BROWSER = "No Chromium to run the browser test: none of " + SYSTEM_CHROMIUM
            + " exists and Playwright could not download its own. Install one (Debian/Ubuntu: apt-get install "
            + "chromium) and run the tests again.\n";
}
