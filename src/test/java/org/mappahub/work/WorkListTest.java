package org.mappahub.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.Nominals;

/**
 * The work list: each source's items with a moved clock (a review falling due and then overdue, a prisoner entering
 * the pre-release window and then past the level-set milestone), who sees which heading (a practitioner never the
 * co-ordinator's, a DTC representative nothing, a restricted record nobody unnamed), and the start page that shows
 * it (headings with counts, tags, links, the empty state, each person listed audited as seen).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkListTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired WorkList workList;
    @Autowired org.mappahub.audit.AuditTrail auditTrail;

    WorkFixture f;
    String review, reviewLater, reviewScheduled, arrange, referred, prisoner, prisonerAtLevel2, notified, licensed, shpo,
            restricted;

    @BeforeAll
    void anAreaWithOneOfEach() {
        at(TODAY);
        f = new WorkFixture("WORKLIST", areas, users, agencies, nominals, jdbc);
        review = f.person("WLREVIEW", 3, TODAY.minusYears(1));
        f.meeting(review, "HELD", TODAY.minusWeeks(7), f.chair); // level 3: 8 weeks, so due 8 May 2026
        reviewLater = f.person("WLLATER", 2, TODAY.minusYears(1));
        f.meeting(reviewLater, "HELD", TODAY.minusWeeks(2), f.chair);
        reviewScheduled = f.person("WLSCHEDULED", 3, TODAY.minusYears(1));
        f.meeting(reviewScheduled, "HELD", TODAY.minusWeeks(10), f.chair);
        f.meeting(reviewScheduled, "SCHEDULED", TODAY.plusDays(3), f.chair);
        arrange = f.person("WLARRANGE", 2, TODAY.minusDays(10));
        referred = f.person("WLREFERRED", 1, TODAY.minusYears(1));
        f.referral(referred, TODAY.minusDays(20));
        prisoner = f.person("WLPRISONER", 1, LocalDate.of(2024, 1, 1),
                List.of(new CustodySpan(CustodyKind.PRISON, CustodyReason.SENTENCE, null, LocalDate.of(2025, 1, 1), null)),
                List.of());
        f.expectedRelease(prisoner, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 2, 1));
        // level 2 decided in this custody; release 1 September 2026, so the first meeting is due by 1 June 2026
        prisonerAtLevel2 = f.person("WLPRISONERTWO", 2, LocalDate.of(2025, 6, 1),
                List.of(new CustodySpan(CustodyKind.PRISON, CustodyReason.SENTENCE, null, LocalDate.of(2025, 1, 1), null)),
                List.of());
        f.expectedRelease(prisonerAtLevel2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 1));
        notified = f.person("WLNOTIFIED", 1, TODAY.minusYears(1));
        f.notifiedLast(notified, TODAY.minusYears(1).plusDays(3));
        licensed = f.person("WLLICENSED", 1, TODAY.minusYears(1));
        f.licence(licensed, LocalDate.of(2025, 1, 1), TODAY.plusDays(10));
        shpo = f.person("WLSHPO", 1, TODAY.minusYears(1), List.of(), List.of(new CivilOrder(OrderType.SHPO,
                LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 2, 1), null, false, LocalDate.of(2024, 2, 1),
                TODAY.plusDays(21))));
        restricted = f.person("WLRESTRICTED", 2, TODAY.minusDays(5));
        f.restrict(restricted);
    }

    @BeforeEach
    void today() {
        at(TODAY);
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    void at(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    WorkList.Work workOf(String username, Role role) {
        return TestUsers.signedIn(username, role, workList::gather);
    }

    static Map<WorkKind, List<WorkItem>> byKind(WorkList.Work w) {
        return w.headings().stream().collect(Collectors.toMap(WorkList.Heading::kind, WorkList.Heading::items));
    }

    static Set<String> refs(WorkList.Work w, WorkKind kind) {
        return byKind(w).getOrDefault(kind, List.of()).stream().map(WorkItem::ref).collect(Collectors.toSet());
    }

    static WorkItem item(WorkList.Work w, WorkKind kind, String ref) {
        return byKind(w).get(kind).stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void aReviewFallsDueWithinThirtyDaysAndThenIsOverdue() {
        WorkList.Work now = workOf(f.coordinator, Role.COORDINATOR);
        assertThat(refs(now, WorkKind.REVIEWS_DUE)).contains(review).doesNotContain(reviewLater, reviewScheduled);
        WorkItem due = item(now, WorkKind.REVIEWS_DUE, review);
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(Due.of(due.due(), TODAY).words()).isEqualTo("Due in 7 days");
        assertThat(due.href()).isEqualTo("/nominals/" + review + "/meetings");

        at(TODAY.plusDays(14));
        WorkList.Work later = workOf(f.coordinator, Role.COORDINATOR);
        WorkItem overdue = item(later, WorkKind.REVIEWS_DUE, review);
        assertThat(overdue.overdue(later.today())).isTrue();
        assertThat(Due.of(overdue.due(), later.today())).isEqualTo(new Due("Overdue by 7 days", "govuk-tag--red"));
        // reviewScheduled is as late, but a meeting is scheduled since the last one held: it is arranged
        assertThat(refs(later, WorkKind.REVIEWS_DUE)).doesNotContain(reviewScheduled);
    }

    @Test
    void theCoordinatorArrangesInitialMeetingsAndScreensReferralsButNeverSeesARestrictedRecordUnnamed() {
        WorkList.Work w = workOf(f.coordinator, Role.COORDINATOR);
        assertThat(refs(w, WorkKind.MEETINGS_TO_ARRANGE)).contains(arrange).doesNotContain(restricted, review);
        assertThat(refs(w, WorkKind.REFERRALS_TO_SCREEN)).containsExactly(referred);
        WorkItem referral = item(w, WorkKind.REFERRALS_TO_SCREEN, referred);
        assertThat(referral.overdue(TODAY)).isTrue(); // 10 working days from 11 April 2026
        assertThat(referral.href()).startsWith("/nominals/" + referred + "/referrals/");
        assertThat(w.headings().stream().flatMap(h -> h.items().stream()).map(WorkItem::ref)).doesNotContain(restricted);
        assertThat(byKind(w)).doesNotContainKeys(WorkKind.NOTIFICATIONS_DUE, WorkKind.ORDERS_DUE, WorkKind.MEETINGS_TO_CHAIR);
    }

    @Test
    void aPrisonerEntersThePreReleaseWindowAndThenMissesTheLevelSetMilestone() {
        // release 1 February 2027: identified by 1 June 2026, level set by 1 August 2026 (the default 8 and 6 months)
        assertThat(refs(workOf(f.prison, Role.PRACTITIONER), WorkKind.PRE_RELEASE)).doesNotContain(prisoner);

        at(LocalDate.of(2026, 6, 15));
        WorkList.Work inWindow = workOf(f.prison, Role.PRACTITIONER);
        WorkItem item = item(inWindow, WorkKind.PRE_RELEASE, prisoner);
        assertThat(item.what()).startsWith("Set the level before release");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(item.overdue(inWindow.today())).isFalse();
        assertThat(refs(workOf(f.coordinator, Role.COORDINATOR), WorkKind.PRE_RELEASE)).contains(prisoner);
        assertThat(refs(workOf(f.probation, Role.PRACTITIONER), WorkKind.PRE_RELEASE)).contains(prisoner);
        assertThat(refs(workOf(f.police, Role.PRACTITIONER), WorkKind.PRE_RELEASE)).isEmpty();

        at(LocalDate.of(2026, 8, 5)); // inside 6 months of release without a level decided in this custody
        WorkList.Work late = workOf(f.prison, Role.PRACTITIONER);
        assertThat(Due.of(item(late, WorkKind.PRE_RELEASE, prisoner).due(), late.today()).words()).isEqualTo("Overdue by 4 days");
    }

    @Test
    void aPrisonerAtLevel2NeedsTheFirstMeetingUntilOneIsScheduledInThisCustody() {
        WorkItem item = item(workOf(f.prison, Role.PRACTITIONER), WorkKind.PRE_RELEASE, prisonerAtLevel2);
        assertThat(item.what()).startsWith("Hold the first level 2 meeting before release");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(item.href()).isEqualTo("/nominals/" + prisonerAtLevel2 + "/custody");

        f.meeting(prisonerAtLevel2, "HELD", LocalDate.of(2024, 12, 1), "someone.else"); // before this custody: no help
        assertThat(refs(workOf(f.prison, Role.PRACTITIONER), WorkKind.PRE_RELEASE)).contains(prisonerAtLevel2);
        f.meeting(prisonerAtLevel2, "SCHEDULED", TODAY.plusDays(10), "someone.else");
        assertThat(refs(workOf(f.prison, Role.PRACTITIONER), WorkKind.PRE_RELEASE)).doesNotContain(prisonerAtLevel2);
    }

    @Test
    void policeSeeNotificationsAndOrdersProbationLicencesAndNeitherTheCoordinatorsHeadings() {
        WorkList.Work police = workOf(f.police, Role.PRACTITIONER);
        assertThat(refs(police, WorkKind.NOTIFICATIONS_DUE)).containsExactly(notified);
        assertThat(Due.of(item(police, WorkKind.NOTIFICATIONS_DUE, notified).due(), TODAY).words()).isEqualTo("Due in 3 days");
        assertThat(refs(police, WorkKind.ORDERS_DUE)).containsExactly(shpo);
        assertThat(item(police, WorkKind.ORDERS_DUE, shpo).what()).isEqualTo("SHPO expires");
        assertThat(byKind(police)).doesNotContainKeys(WorkKind.REFERRALS_TO_SCREEN, WorkKind.MEETINGS_TO_ARRANGE,
                WorkKind.REVIEWS_DUE);

        WorkList.Work probation = workOf(f.probation, Role.PRACTITIONER);
        assertThat(refs(probation, WorkKind.ORDERS_DUE)).containsExactly(licensed);
        assertThat(byKind(probation)).doesNotContainKeys(WorkKind.NOTIFICATIONS_DUE, WorkKind.REFERRALS_TO_SCREEN,
                WorkKind.REVIEWS_DUE);

        // a week on the notification is still listed, now overdue; after 7 more days of horizon nothing new appears
        at(TODAY.plusDays(7));
        assertThat(item(workOf(f.police, Role.PRACTITIONER), WorkKind.NOTIFICATIONS_DUE, notified).overdue(TODAY.plusDays(7))).isTrue();
    }

    @Test
    void theChairSeesTheirMeetingsAndReferralsTheMinuteTakerAndDtcRepresentativeNothing() {
        WorkList.Work chair = workOf(f.chair, Role.CHAIR);
        assertThat(refs(chair, WorkKind.MEETINGS_TO_CHAIR)).containsExactly(reviewScheduled);
        assertThat(refs(chair, WorkKind.REFERRALS_TO_SCREEN)).containsExactly(referred);
        assertThat(byKind(chair)).doesNotContainKeys(WorkKind.MEETINGS_TO_ARRANGE, WorkKind.REVIEWS_DUE);

        // the minute taker's only work here is the minutes of the fixture's held meetings (the minutes' own source)
        assertThat(byKind(workOf(f.minuteTaker, Role.MINUTE_TAKER))).containsOnlyKeys(WorkKind.MINUTES_TO_WRITE);
        assertThat(workOf(f.dtc, Role.DTC_REPRESENTATIVE).count()).isZero();
    }

    @Test
    void theStartPageListsByHeadingWithTagsAndLinksAndAuditsEachPersonSeen() throws Exception {
        long before = seen(referred);
        mvc.perform(get("/").with(user(f.coordinator).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">My work</h1>")))
                .andExpect(content().string(containsString("Referrals to screen (1)")))
                .andExpect(content().string(containsString("WLREFERRED, Given (" + referred + ")")))
                .andExpect(content().string(containsString("href=\"/nominals/" + referred + "/referrals/")))
                .andExpect(content().string(containsString("govuk-tag--red")))
                .andExpect(content().string(containsString("Overdue by")))
                .andExpect(content().string(containsString("Due in 7 days")))
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")))
                .andExpect(content().string(not(containsString("WLRESTRICTED"))))
                .andExpect(content().string(containsString("Search for a nominal")))
                .andExpect(content().string(containsString("href=\"/meetings\"")));
        assertThat(seen(referred)).isEqualTo(before + 1);
        // the people are appended to the chain at once (AuditTrail.recordAll): it must still verify
        assertThat(TestUsers.asOperator(() -> auditTrail.verify().intact())).isTrue();

        // the headings come in the list's order: referrals before meetings before reviews
        String page = mvc.perform(get("/").with(user(f.coordinator).roles("COORDINATOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.indexOf("Referrals to screen (")).isLessThan(page.indexOf("Meetings to arrange ("));
        assertThat(page.indexOf("Meetings to arrange (")).isLessThan(page.indexOf("Reviews due ("));

        mvc.perform(get("/").with(user(f.dtc).roles("DTC_REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing needs you today")))
                .andExpect(content().string(not(containsString("OFFICIAL-SENSITIVE"))));
    }

    long seen(String ref) {
        return TestUsers.asOperator(() -> jdbc.sql("""
                        select count(*) from audit_entry where subject = ? and action = 'VIEW_RECORD' and details like '%my work%'""")
                .param(ref).query(Long.class).single());
    }
}
