package org.mappahub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.mappahub.access.Actor;
import org.mappahub.access.Administration;
import org.mappahub.access.AgencyType;
import org.mappahub.access.Base32;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.Totp;
import org.mappahub.database.RowScope;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.policy.AreaPolicies;

/**
 * The MAPPA process end to end in a real browser (headless Chromium), from an empty area: nothing but the area
 * (there is no page for areas) and its first system administrator (as {@code mappa add-user} makes them) exist
 * outside the pages. The administrator adds the agencies and the accounts; every user signs in for the first time
 * and enrols an authenticator; a practitioner creates a person and refers them; the co-ordinator screens the
 * referral with a chair to level 2 and holds the initial MAPP meeting with probation and children's services; the
 * children's services (DTC) representative then finds the case and sees its shared parts only. The minute taker
 * records an action for children's services and drafts and submits the minutes (MAPPA C), the chair approves them,
 * the co-ordinator records their distribution; the DTC representative completes the action and reads the approved
 * minutes and the current plan, and is refused the meeting, the meetings and the rest of the record. Then the clock
 * moves to the review-due date the area's policy gives: the record and meetings pages show the review due, and a
 * day later overdue.
 *
 * <p>Each person at the keyboard has a browser context of their own (their own session), so the steps can hand
 * over between them freely. Every page loaded is checked with axe-core (no serious or critical violation) and
 * screenshot to {@code target/screenshots/full-cycle/}; no browser console error is allowed. The co-ordinator's
 * clicks and page loads from their start page on are counted and printed to stderr as
 * {@code FULL CYCLE co-ordinator: N clicks, M pages}.
 *
 * <p>"Today" is a {@link MovableClock}: a later step can move it (the review falling due) and sign someone in
 * again; {@link User#signIn()} computes the authenticator code from that clock.
 *
 * <p>To add a step: a method called from the test, acting through a {@link User}'s helpers ({@code goTo} for a
 * typed address, {@code follow} for a link or submit button, {@code click}, {@code fill}, {@code choose},
 * {@code date}, {@code refusedAt}), which count what the user did and check every page loaded. The minute taker
 * ({@link #minuteTaker}) and the chair ({@link #chair}) are enrolled and signed in already; {@link #ref},
 * {@link #meetingPath} and {@link #reviewDueBy} say where the case stands. A step that moves the clock by days
 * signs the user in again ({@link User#signInAgainIfTheSessionEnded()}), which is not counted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class FullCycleBrowserIT {

    static final String AREA = "CYCLE";
    static final String AREA_NAME = "Cycleshire";
    static final String POLICE = "Cycleshire Constabulary";
    static final String PROBATION = "Cycleshire Probation Service";
    static final String CHILDRENS_SERVICES = "Cycleshire Children's Services";
    static final String HOUSING = "Cycleshire Housing Partnership";
    static final String FAMILY_NAME = "HALLORAN";
    static final String GIVEN_NAMES = "Desmond Patrick";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final Path SCREENSHOTS = BrowserJourneyIT.SCREENSHOTS.resolve("full-cycle");

    @LocalServerPort
    int port;
    @Autowired
    Areas areas;
    @Autowired
    Administration administration;
    @Autowired
    MovableClock clock;
    @Autowired
    AreaPolicies policies;

    Playwright playwright;
    Browser browser;
    int screenshots;
    final List<User> everyone = new ArrayList<>();

    User admin;
    User practitioner;
    User coordinator;
    User chair;
    User minuteTaker;
    User dtc;
    /** The person's record: its ref, and the initial meeting's path, once made. */
    String ref;
    String meetingPath;
    /** The last day the first review is in time, by the area's policy: move the clock past it to make it overdue. */
    LocalDate reviewDueBy;
    LocalDate actionDeadline;

    @BeforeEach
    void anEmptyAreaAndItsFirstAdministrator() throws Exception {
        areas.save(new Area(AREA, AREA_NAME, List.of("North", "South"), List.of()));
        // What `mappa add-user ada.admin --name "Ada Admin" --area CYCLE --agency "Cycleshire Constabulary"`
        // does: the agency too (the area has none), the account with an initial password given out once.
        String adminPassword = "initial admin password 1";
        try (var operator = RowScope.asOperator(Actor.operator("mappa add-user ada.admin --role SYSTEM_ADMINISTRATOR"))) {
            long police = administration.addAgency(AREA, POLICE, AgencyType.POLICE);
            administration.addAccount("ada.admin", "Ada Admin", Role.SYSTEM_ADMINISTRATOR, police, adminPassword);
        }
        Files.createDirectories(SCREENSHOTS);
        String system = BrowserJourneyIT.systemChromium();
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system == null ? Map.of() : Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            fail(BrowserJourneyIT.NO_BROWSER + e.getMessage());
        }
        browser = BrowserJourneyIT.launchChromium(playwright, system);
        admin = new User("ada.admin", "Ada Admin", adminPassword);
    }

    @AfterEach
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void fromAnEmptyAreaThroughTheMinutesActionsAndTheReviewFallingDueEverythingThroughThePages() {
        administratorAddsTheAgenciesAndAccounts();
        everyoneSignsInAndEnrolsAnAuthenticator();
        practitionerCreatesThePersonAndRefersThemForLevel2();
        coordinatorScreensTheReferralWithTheChairAtLevel2();
        coordinatorHoldsTheInitialMeetingWithProbationAndChildrensServices();
        dtcRepresentativeFindsTheCaseAndSeesTheSharedPartsOnly();
        minuteTakerDraftsTheMinutesAndRecordsAnActionForChildrensServices();
        chairApprovesTheMinutes();
        coordinatorRecordsTheDistributionToTheAttendees();
        dtcRepresentativeCompletesTheActionAndReadsTheApprovedMinutesOnly();
        theReviewFallsDueByTheAreaPolicyAndThenIsOverdue();

        System.err.printf("FULL CYCLE co-ordinator: %d clicks, %d pages (and %d fields typed; from the start page, "
                + "sign-in and enrolment not counted)%n", coordinator.clicks, coordinator.pages, coordinator.typed);
        for (User u : List.of(practitioner, dtc)) {
            System.err.printf("FULL CYCLE %s: %d clicks, %d pages (and %d fields typed)%n", u.username, u.clicks,
                    u.pages, u.typed);
        }
        everyone.forEach(u -> assertThat(u.consoleErrors).as("browser console errors of " + u.username
                + " (a Content-Security-Policy violation shows here)").isEmpty());
    }

    // ------------------------------------------------------------------------------------------------ steps

    void administratorAddsTheAgenciesAndAccounts() {
        admin.signIn();
        admin.goTo("/");
        admin.follow(admin.link("Agencies"));
        for (String[] agency : new String[][]{{PROBATION, "Probation"}, {CHILDRENS_SERVICES, "Children's services"},
                {HOUSING, "Housing"}}) {
            Locator form = admin.form("Add the agency");
            admin.choose(form.getByLabel("Area", new Locator.GetByLabelOptions().setExact(true)), AREA_NAME);
            admin.fill(form.getByLabel("Name of the agency"), agency[0]);
            admin.chooseStartingWith(form.getByLabel("Type of agency"), agency[1] + " (");
            admin.follow(admin.button("Add the agency"));
        }
        assertThat(admin.page.locator("table").textContent())
                .contains(POLICE, PROBATION, CHILDRENS_SERVICES, HOUSING);

        admin.follow(admin.link("Manage user accounts"));
        practitioner = admin.addsAccount("pat.practitioner", "Pat Practitioner", Role.PRACTITIONER, POLICE);
        coordinator = admin.addsAccount("cora.coordinator", "Cora Coordinator", Role.COORDINATOR, PROBATION);
        chair = admin.addsAccount("charles.chair", "Charles Chair", Role.CHAIR, POLICE);
        minuteTaker = admin.addsAccount("minnie.minutes", "Minnie Minutes", Role.MINUTE_TAKER, POLICE);
        dtc = admin.addsAccount("dana.dtc", "Dana DTC", Role.DTC_REPRESENTATIVE, CHILDRENS_SERVICES);
        assertThat(admin.page.locator("table").textContent())
                .contains("pat.practitioner", "cora.coordinator", "charles.chair", "minnie.minutes", "dana.dtc");
    }

    void everyoneSignsInAndEnrolsAnAuthenticator() {
        for (User u : List.of(practitioner, coordinator, chair, minuteTaker, dtc)) {
            u.signIn();
            assertThat(u.page.locator("h1").textContent()).isEqualTo("My work"); // the start page of every case role
            u.startCounting();
        }
    }

    void practitionerCreatesThePersonAndRefersThemForLevel2() {
        User p = practitioner;
        p.goTo("/");
        p.follow(p.link("Create a nominal"));
        p.choose(p.label("Managing area"), AREA_NAME);
        p.fill(p.label("Family name"), FAMILY_NAME);
        p.fill(p.label("Given names"), GIVEN_NAMES);
        p.date("Date of birth", LocalDate.of(1979, 4, 14));
        p.click(p.group("Gender").getByLabel("Male", new Locator.GetByLabelOptions().setExact(true)));
        p.follow(p.button("Create nominal"));
        ref = p.page.url().substring(p.page.url().lastIndexOf('/') + 1);
        assertThat(ref).startsWith(AREA);
        assertThat(p.page.locator("h1").textContent()).contains(FAMILY_NAME);

        p.follow(p.link("Make a referral")); // offered on the record page from the start
        p.click(p.group("Category asked for").getByLabel("Category 2"));
        p.fill(p.label("Index offence"), "Wounding with intent (s.18 OAPA 1861)");
        p.fill(p.label("Sentence"), "6 years' imprisonment, released on licence");
        p.click(p.group("Detained in hospital?").getByLabel("No", new Locator.GetByLabelOptions().setExact(true)));
        p.fill(p.label("Reason for referral"), "Threats to a former partner since release; multi-agency plan needed");
        p.click(p.group("Level asked for").getByLabel("Level 2"));
        p.follow(p.button("Submit referral"));
        assertThat(p.page.locator("#status").textContent()).startsWith("Waiting for screening");
    }

    void coordinatorScreensTheReferralWithTheChairAtLevel2() {
        User c = coordinator;
        c.goTo("/");
        c.follow(c.link("Referrals to screen"));
        c.follow(c.link(ref + " " + FAMILY_NAME + ", " + GIVEN_NAMES));
        c.click(c.group("Decision").getByLabel("Accepted", new Locator.GetByLabelOptions().setExact(true)));
        c.click(c.group("Level accepted at").getByLabel("Level 2"));
        c.choose(c.label("Chair"), chair.displayName); // the area's chairs by name, as the meeting form offers them
        c.fill(c.label("Rationale"), "Escalating threats to a known adult; needs probation and children's services");
        c.follow(c.button("Record decision"));
        assertThat(c.page.locator("#status").textContent()).startsWith("Accepted at level 2");

        c.follow(c.link("Go to the person's record"));
        assertThat(c.path()).isEqualTo("/nominals/" + ref);
        assertThat(c.page.locator("#category-level").textContent()).isEqualTo("CATEGORY 2 · LEVEL 2");
        c.click(c.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Category and level history")));
        assertThat(c.page.locator("#history").textContent()).contains("accepted at level 2 at screening")
                .contains("recorded by " + c.username);
    }

    void coordinatorHoldsTheInitialMeetingWithProbationAndChildrensServices() {
        User c = coordinator;
        c.follow(c.link("Initial MAPP meeting to arrange"));
        c.click(c.group("Meeting").getByLabel("Initial", new Locator.GetByLabelOptions().setExact(true)));
        c.date("Date", LocalDate.now(clock));
        c.fill(c.label("Time (24-hour, like 14:30)"), "00:05");
        c.fill(c.label("Place"), "Cycleshire MAPPA unit, room 2");
        c.choose(c.label("Chair"), chair.displayName);
        c.follow(c.button("Schedule meeting"));
        meetingPath = c.path();
        assertThat(c.page.locator("h1").textContent()).isEqualTo("Initial MAPP meeting, level 2");
        assertThat(c.page.locator("#details").textContent()).contains(chair.displayName)
                .doesNotContain(chair.username);

        for (String agency : List.of(PROBATION, CHILDRENS_SERVICES)) {
            c.chooseStartingWith(c.page.locator("select[name=agency]"), agency + " (");
            c.follow(c.button("Invite"));
        }
        c.choose(c.label(PROBATION), "Attended");
        c.choose(c.label(CHILDRENS_SERVICES), "Apologies, with a written report");
        c.follow(c.button("Record as held"));
        assertThat(c.page.locator("#status").textContent()).isEqualTo("Held");
        assertThat(c.page.locator("#invitations").textContent())
                .contains(PROBATION, "Attended", CHILDRENS_SERVICES, "Apologies, with a written report");

        // The review cycle starts: the next review is due by the area's policy for level 2.
        c.follow(c.link("Back to the meetings"));
        LocalDate today = LocalDate.now(clock);
        reviewDueBy = policies.settingsFor(AREA).nextReviewDue(today, 2);
        assertThat(c.page.locator("#cycle").textContent().replaceAll("\\s+", " "))
                .contains("Last held " + DAY.format(today) + "; next review due by " + DAY.format(reviewDueBy))
                .doesNotContain("Overdue");
    }

    void dtcRepresentativeFindsTheCaseAndSeesTheSharedPartsOnly() {
        User d = dtc;
        d.goTo("/");
        d.fill(d.label("Search for a nominal"), GIVEN_NAMES + " " + FAMILY_NAME);
        d.follow(d.button("Search"));
        d.follow(d.link(GIVEN_NAMES + " " + FAMILY_NAME));
        assertThat(d.path()).isEqualTo("/nominals/" + ref);
        assertThat(d.page.locator("#category-level").textContent()).isEqualTo("CATEGORY 2 · LEVEL 2");
        assertThat(d.page.locator("#content").textContent()).contains("14 April 1979")
                .contains("This case is shared with your agency")
                .doesNotContain("In the community"); // custody is full history
        for (String part : List.of("notification", "meetings", meetingPath.substring(("/nominals/" + ref + "/").length()),
                "referrals")) {
            d.refusedAt("/nominals/" + ref + "/" + part);
        }
    }

    void minuteTakerDraftsTheMinutesAndRecordsAnActionForChildrensServices() {
        User m = minuteTaker;
        m.goTo("/");
        m.fill(m.label("Search for a nominal"), GIVEN_NAMES + " " + FAMILY_NAME);
        m.follow(m.button("Search"));
        m.follow(m.link(GIVEN_NAMES + " " + FAMILY_NAME));
        m.follow(m.link("View MAPP meetings"));
        m.follow(m.page.locator("#main-content a[href='" + meetingPath + "']"));

        // The action agreed at the meeting: children's services, with a deadline a fortnight on.
        m.follow(m.link("Actions agreed at this meeting"));
        m.fill(m.label("What is to be done"), "Complete a child protection strategy discussion for the former "
                + "partner's children and share the outcome with probation");
        m.chooseStartingWith(m.label("Owning agency"), CHILDRENS_SERVICES + " (");
        actionDeadline = LocalDate.now(clock).plusDays(14);
        m.date("Deadline", actionDeadline);
        m.follow(m.button("Record action"));
        assertThat(m.page.locator("#main-content table").textContent()).contains("strategy discussion");
        m.follow(m.link("Back to the meeting"));

        m.follow(m.link("Minutes and risk management plan"));
        assertThat(m.page.locator("#no-minutes").textContent()).contains("No minutes have been started");
        m.follow(m.button("Start the minutes"));
        assertThat(m.path()).isEqualTo(meetingPath + "/minutes/edit");
        m.click(m.group("Was the confidentiality statement read?").getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true)));
        for (String[] risk : new String[][]{{"children", "High"}, {"public", "Medium"}, {"known adult", "Very high"},
                {"staff", "Low"}, {"prisoners", "Low"}}) {
            m.choose(m.label("Risk of serious harm to " + risk[0]), risk[1]);
        }
        m.fill(m.label("Who is at risk"), "His former partner and her two children");
        m.fill(m.label("Triggers"), "Contact arrangements for the children; alcohol");
        m.fill(m.label("Protective factors"), "Stable approved premises placement; engages with his probation officer");
        m.fill(m.label("Supervision"), "Weekly probation appointments; police home visits fortnightly");
        m.fill(m.label("Monitoring and control"), "Licence exclusion zone around the former partner's address; GPS tag");
        m.fill(m.label("Interventions and treatment"), "Building Better Relationships programme; alcohol treatment");
        m.fill(m.label("Victim safety planning"), "Safety plan with the former partner through the IDVA; marker on her address");
        m.fill(m.label("Contingency"), "Any contact with the former partner: recall considered the same day; "
                + "police attend the address at once");
        m.fill(m.label("What is disclosed"), "His index offence and the threats since release");
        m.fill(m.label("To whom"), "The head teacher of the children's school");
        m.fill(m.label("Why"), "To protect the children at the school gate");
        m.fill(m.label("Authorised by (name and rank)"), "Charles Chair, Detective Chief Inspector");
        m.choose(m.label("Was the offender told, or did they consent?"), "Told, did not consent");
        LocalDate latest = policies.settingsFor(AREA).nextReviewDue(LocalDate.now(clock), 2);
        m.date("Next review date (by " + DAY.format(latest) + " at the latest by the area policy)", reviewDueBy);
        m.follow(m.button("Save the draft"));
        assertThat(m.page.locator("#minutes-status").textContent()).contains("Draft");
        m.follow(m.button("Submit for approval"));
        assertThat(m.page.locator("#minutes-status").textContent()).contains("Submitted");
        assertThat(m.page.locator("#main-content").textContent()).contains("strategy discussion");
    }

    void chairApprovesTheMinutes() {
        User ch = chair;
        ch.goTo("/");
        ch.fill(ch.label("Search for a nominal"), GIVEN_NAMES + " " + FAMILY_NAME);
        ch.follow(ch.button("Search"));
        ch.follow(ch.link(GIVEN_NAMES + " " + FAMILY_NAME));
        ch.follow(ch.link("View MAPP meetings"));
        ch.follow(ch.page.locator("#main-content a[href='" + meetingPath + "']"));
        ch.follow(ch.link("Minutes and risk management plan"));
        ch.follow(ch.button("Approve the minutes"));
        assertThat(ch.page.locator("#minutes-status").textContent()).contains("Approved").contains("locked");
    }

    void coordinatorRecordsTheDistributionToTheAttendees() {
        User c = coordinator;
        c.goTo("/");
        c.fill(c.label("Search for a nominal"), GIVEN_NAMES + " " + FAMILY_NAME);
        c.follow(c.button("Search"));
        c.follow(c.link(GIVEN_NAMES + " " + FAMILY_NAME));
        c.follow(c.link("View MAPP meetings"));
        c.follow(c.page.locator("#main-content a[href='" + meetingPath + "']"));
        c.follow(c.link("Minutes and risk management plan"));
        Locator recipients = c.page.locator("#recipients input[type=checkbox]");
        assertThat(recipients.count()).isPositive();
        for (int i = 0; i < recipients.count(); i++) {
            c.click(recipients.nth(i));
        }
        c.follow(c.button("Record as sent"));
        assertThat(c.page.locator("#distribution").textContent()).contains("Sent").contains(PROBATION)
                .contains("In time");
    }

    void dtcRepresentativeCompletesTheActionAndReadsTheApprovedMinutesOnly() {
        User d = dtc;
        d.goTo("/");
        d.follow(d.link("Your agency's actions"));
        d.follow(d.page.locator("#main-content").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Complete a child protection strategy discussion").setExact(false)));
        d.fill(d.label("What was done"), "Strategy discussion held with police and the school; the children's plan "
                + "updated and shared with probation");
        d.date("Date it was completed", LocalDate.now(clock));
        d.follow(d.button("Record as completed"));
        assertThat(d.page.locator(".govuk-notification-banner").textContent()).contains("Action completed");
        assertThat(d.page.locator("#main-content").textContent()).contains("Completed");

        // From its action to the approved minutes of the meeting it was invited to (the meeting page is closed to it).
        d.follow(d.link("The minutes of the MAPP meeting"));
        assertThat(d.page.url()).endsWith(meetingPath + "/minutes");
        assertThat(d.page.locator("#minutes-status").textContent()).contains("Approved");
        assertThat(d.page.locator("#main-content").textContent()).contains("Licence exclusion zone")
                .contains("strategy discussion");
        // Its own action on the person's tracker.
        d.goTo("/nominals/" + ref + "/actions");
        assertThat(d.page.locator("h1").textContent()).isEqualTo("Actions for " + CHILDRENS_SERVICES);
        assertThat(d.page.locator("#main-content").textContent()).contains("strategy discussion");
        // The current risk management plan is a shared part (SECURITY.md); the rest of the record is not.
        d.goTo("/nominals/" + ref + "/risk-management-plan");
        assertThat(d.page.locator("#main-content").textContent()).contains("Licence exclusion zone")
                .contains("Any contact with the former partner");
        for (String path : List.of(meetingPath, "/nominals/" + ref + "/meetings", "/nominals/" + ref + "/notification",
                "/nominals/" + ref + "/referrals")) {
            d.refusedAt(path);
        }
    }

    void theReviewFallsDueByTheAreaPolicyAndThenIsOverdue() {
        User c = coordinator;
        clock.set(reviewDueBy.atTime(9, 0).atZone(clock.getZone()).toInstant());
        c.signInAgainIfTheSessionEnded();
        c.fill(c.label("Search for a nominal"), GIVEN_NAMES + " " + FAMILY_NAME);
        c.follow(c.button("Search"));
        c.follow(c.link(GIVEN_NAMES + " " + FAMILY_NAME));
        assertThat(c.page.locator("#deadlines").textContent().replaceAll("\\s+", " "))
                .contains("Due today MAPP review meeting due");
        c.follow(c.link("View MAPP meetings"));
        assertThat(c.page.locator("#cycle").textContent().replaceAll("\\s+", " "))
                .contains("next review due by " + DAY.format(reviewDueBy)).doesNotContain("Overdue");

        clock.advance(Duration.ofDays(1));
        c.signInAgainIfTheSessionEnded();
        c.goTo("/nominals/" + ref);
        assertThat(c.page.locator("#deadlines").textContent().replaceAll("\\s+", " "))
                .contains("Overdue by 1 day MAPP review meeting due");
        c.follow(c.link("View MAPP meetings"));
        assertThat(c.page.locator("#cycle").textContent()).contains("Overdue");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * One person at the keyboard: their own browser context (so their own session), the account the
     * administrator made, and counts of what they did. Every page they load is checked with axe-core and
     * screenshot; a page answered with an error status fails the test with its error summary.
     */
    final class User {
        final String username;
        final String displayName;
        final String password;
        final Page page;
        final List<String> consoleErrors = new ArrayList<>();
        String secret;
        long lastStep = -1;
        int clicks;
        int pages;
        int typed;

        User(String username, String displayName, String password) {
            this.username = username;
            this.displayName = displayName;
            this.password = password;
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.setDefaultTimeout(10_000); // a missing element fails in seconds, not half a minute
            page = context.newPage();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(page.url() + ": " + m.text());
                }
            });
            everyone.add(this);
        }

        /** The administrator, on the user accounts page, adds an account; back on that page afterwards. */
        User addsAccount(String username, String displayName, Role role, String agency) {
            User added = new User(username, displayName, "initial password for " + username);
            follow(button("Add a user"));
            fill(label("Username"), username);
            fill(label("Full name"), displayName);
            choose(label("Role"), role.title());
            chooseStartingWith(label("Agency"), AREA_NAME + ": " + agency + " (");
            fill(label("Initial password"), added.password);
            follow(button("Add the user"));
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains(username);
            return added;
        }

        /**
         * Signs in with the user's password and a code from their authenticator, enrolling it (from the key the
         * enrolment page shows) the first time. A code's time step works once, so a second sign-in within the same
         * step first moves the clock on by a step.
         */
        void signIn() {
            goTo("/login");
            fill(label("User name"), username);
            fill(label("Password"), password);
            follow(button("Sign in"));
            if (path().equals("/mfa/enrol")) {
                assertThat(page.evaluate("document.getElementById('qr-code').naturalWidth")).isNotEqualTo(0);
                secret = page.locator("#secret").textContent().replace(" ", "").strip();
            }
            assertThat(secret).as(username + " has enrolled").isNotNull();
            if (Totp.timeStep(clock.instant()) <= lastStep) {
                clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
            }
            lastStep = Totp.timeStep(clock.instant());
            fill(label("Security code"), Totp.code(Base32.decode(secret), lastStep));
            follow(button("Continue"));
            assertThat(path()).isEqualTo("/");
        }

        /**
         * After the clock has moved on (days, not minutes) the session has ended: the user signs in again, which
         * is not counted as work. Ends on the start page.
         */
        void signInAgainIfTheSessionEnded() {
            int c = clicks;
            int p = pages;
            int t = typed;
            goTo("/");
            if (path().equals("/login")) {
                signIn();
            }
            clicks = c;
            pages = p + 1;
            typed = t;
        }

        /** From here on the counts are of the work itself, not of signing in. */
        void startCounting() {
            clicks = 0;
            pages = 0;
            typed = 0;
        }

        /** Types an address: a page load, but no click. */
        void goTo(String path) {
            loaded(page.navigate("http://localhost:" + port + path));
        }

        /** Clicks a link or a submit button and waits for the page it loads. */
        void follow(Locator target) {
            clicks++;
            loaded(page.waitForNavigation(target::click));
        }

        /** Clicks something on the page that loads nothing: a radio button, a checkbox, a tab. */
        void click(Locator target) {
            clicks++;
            target.click();
        }

        void fill(Locator field, String text) {
            typed++;
            field.fill(text);
        }

        /** Picks an option of a select by its text: two clicks with a mouse (open it, pick one). */
        void choose(Locator select, String optionText) {
            clicks += 2;
            select.selectOption(new SelectOption().setLabel(optionText));
        }

        void chooseStartingWith(Locator select, String start) {
            List<String> options = select.locator("option").allTextContents();
            String option = options.stream().filter(o -> o.startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option starting " + start + " in " + options));
            choose(select, option);
        }

        /** A GOV.UK date input's day, month and year, found by the fieldset's legend. */
        void date(String legend, LocalDate date) {
            Locator group = group(legend);
            fill(group.getByLabel("Day"), String.valueOf(date.getDayOfMonth()));
            fill(group.getByLabel("Month"), String.valueOf(date.getMonthValue()));
            fill(group.getByLabel("Year"), String.valueOf(date.getYear()));
        }

        /**
         * The access policy refuses the page with 403 and says so, showing nothing of the person. (Chromium logs the
         * 403 as a console error; that one is expected and dropped.)
         */
        void refusedAt(String path) {
            int errorsBefore = consoleErrors.size();
            Response response = page.navigate("http://localhost:" + port + path);
            page.waitForLoadState(LoadState.LOAD);
            pages++;
            assertThat(response.status()).as(username + " at " + path).isEqualTo(403);
            assertThat(page.locator("h1").textContent()).isEqualTo("You cannot do this");
            assertThat(page.locator("#main-content").textContent()).doesNotContain(FAMILY_NAME);
            checkAndScreenshot();
            consoleErrors.subList(errorsBefore, consoleErrors.size())
                    .removeIf(e -> e.contains("the server responded with a status of 403"));
        }

        Locator label(String text) {
            return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
        }

        /** A button in the page's main content (not the service navigation's). */
        Locator button(String name) {
            return page.locator("#main-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
        }

        /** A link in the page's main content (the service navigation repeats some). */
        Locator link(String name) {
            return page.locator("#main-content").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
        }

        /** A fieldset (a radio group or a date), by its legend. */
        Locator group(String legend) {
            return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        }

        /** The form that a button of this name submits. */
        Locator form(String buttonName) {
            return page.locator("form").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(buttonName).setExact(true))));
        }

        String path() {
            return java.net.URI.create(page.url()).getPath();
        }

        private void loaded(Response response) {
            page.waitForLoadState(LoadState.LOAD); // the URL changes when the page is committed, before it is parsed
            pages++;
            if (response != null && response.status() >= 400) {
                Locator summary = page.locator(".govuk-error-summary");
                fail(username + " got " + response.status() + " at " + page.url() + ": "
                        + (summary.count() > 0 ? summary.textContent().strip() : page.locator("h1").textContent()));
            }
            checkAndScreenshot();
        }

        /** axe-core on the page as it is: fails on any serious or critical violation, after printing them all. */
        private void checkAndScreenshot() {
            String name = String.format("%02d-%s%s", ++screenshots, username,
                    path().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
            List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
            violations.forEach(v -> System.out.printf("axe [%s] %s (%s): %s%n", name, v.getId(), v.getImpact(), v.getHelp()));
            assertThat(violations.stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(v -> v.getId() + ": " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                    .toList()).as("serious or critical accessibility violations on %s", name).isEmpty();
        }
    }
}
