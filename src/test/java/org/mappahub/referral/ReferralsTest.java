package org.mappahub.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.assessment.RiskAssessments;
import org.mappahub.assessment.RiskTool;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.Nominals;
import org.mappahub.referral.Referrals.Decision;
import org.mappahub.referral.Referrals.Input;
import org.mappahub.referral.Referrals.Referral;
import org.mappahub.referral.Referrals.Screening;

/**
 * The referral service as signed-in users: a practitioner submits (refused field by field, naming the rule), a
 * co-ordinator screens with a chair (the level span opened or changed in the stored record with the decision as
 * provenance; not accepted needs rationale and advice; category 3 at level 1 refused by the rule; a stale screening
 * refused), screening falls due by the area's working days across bank holidays, and the co-ordinator's list.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class ReferralsTest {

    static final String AREA = "REFERRALSERVICE";
    static final String OTHER_AREA = "REFERRALOTHER";
    static final String PRACTITIONER = "referral.svc.practitioner";
    static final String COORDINATOR = "referral.svc.coordinator";
    static final String CHAIR = "referral.svc.chair";
    static final String OTHER_COORDINATOR = "referral.svc.othercoord";

    @Autowired Referrals referrals;
    @Autowired ReferralOutlook outlook;
    @Autowired CaseRecords records;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired RiskAssessments assessments;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;

    @BeforeEach
    void aPerson() {
        clock.set(day(2026, 5, 4));
        areas.save(new Area(AREA, "Referralshire", List.of(), List.of()));
        areas.save(new Area(OTHER_AREA, "Otherreferralshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(PRACTITIONER, Role.PRACTITIONER, AREA);
        placed.place(COORDINATOR, Role.COORDINATOR, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        placed.place(OTHER_COORDINATOR, Role.COORDINATOR, OTHER_AREA);
        ref = changes.create(AREA, new Identity("REFERRED", List.of("Rita"), LocalDate.of(1980, 5, 5), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    static Input input(int category, int level) {
        return new Input(category, null, "X123456", "A1234BC", "PR/1", "1 Approved Street", "Wounding with intent",
                "6 years' imprisonment", "Assault 2019", LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1), false,
                null, "Risk to a former partner on release", level);
    }

    private Referral submit(Input in) {
        return TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER, () -> referrals.submit(ref, in));
    }

    private Referral screen(Referral r, Screening s) {
        return TestUsers.signedIn(COORDINATOR, Role.COORDINATOR, () -> referrals.screen(ref, r.id(), r.version(), s));
    }

    private Map<String, String> problems(Supplier<?> work) {
        try {
            work.get();
        } catch (InvalidReferralException e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    private NominalRecord stored() {
        return TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().record());
    }

    @Test
    void aPractitionerSubmitsAReferralReceivedToday() {
        Referral r = submit(input(2, 2));

        assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(r.referrer()).isEqualTo(PRACTITIONER);
        assertThat(r.referringAgency()).isNotBlank();
        assertThat(r.content().indexOffence()).isEqualTo("Wounding with intent");
        assertThat(r.waiting()).isTrue();
        assertThat(TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER, () -> referrals.view(ref)).referrals())
                .extracting(Referral::id).containsExactly(r.id());
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() {
        Input bad = new Input(null, null, null, null, null, null, " ", null, null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 5, 1), true, null, null, 1);

        Map<String, String> problems = problems(() -> submit(bad));

        assertThat(problems).containsOnlyKeys("category", "indexOffence", "sentence", "reason", "hospitalDetails",
                "levelAsked", "sentenceEnd");
        assertThat(TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER, () -> referrals.view(ref)).referrals()).isEmpty();
    }

    @Test
    void category3NeedsTheRecordedRiskAndAJustificationByTheRule() {
        Map<String, String> problems = problems(() -> submit(input(3, 2)));
        assertThat(problems.get("categoryJustification")).contains("Category 3 needs a recorded risk assessment")
                .contains("Category 3 needs a justification").contains("Criminal Justice Act 2003 s.325");

        TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER, () -> assessments.record(ref, new RiskAssessments.Input(
                RiskTool.OASYS, LocalDate.of(2026, 5, 1), "Olive", null, Map.of("CHILDREN", "LOW", "PUBLIC", "HIGH",
                "KNOWN_ADULT", "LOW", "STAFF", "LOW"), null, LocalDate.of(2026, 11, 1), null)));
        Input justified = new Input(3, "Stalking pattern needing police and health", null, null, null, null, "Stalking",
                "Community order", null, null, null, false, null, "Escalating stalking", 2);
        assertThat(submit(justified).content().category()).isEqualTo(3);
    }

    @Test
    void acceptedAtLevel2OpensTheCategoryAndLevelWithTheDecisionAsProvenance() {
        Referral r = submit(input(2, 2));
        clock.set(day(2026, 5, 8));

        Referral screened = screen(r, new Screening(Decision.ACCEPTED, 2, CHAIR, null, null));

        assertThat(screened.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(screened.coordinator()).isEqualTo(COORDINATOR);
        assertThat(screened.chair()).isEqualTo(CHAIR);
        NominalRecord record = stored();
        assertThat(record.categories()).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(2);
            assertThat(c.from()).isEqualTo(LocalDate.of(2026, 5, 8));
            assertThat(c.to()).isNull();
        });
        assertThat(record.levels()).singleElement().satisfies(l -> {
            assertThat(l.level()).isEqualTo(2);
            assertThat(l.from()).isEqualTo(LocalDate.of(2026, 5, 8));
            assertThat(l.to()).isNull();
            assertThat(l.provenance().recordedBy()).isEqualTo(COORDINATOR);
            assertThat(l.provenance().reason()).contains("Referral " + r.id() + " accepted at level 2")
                    .contains(CHAIR);
        });
        assertThat(ReferralOutlook.describe(screened)).isEqualTo("Accepted at level 2 on 8 May 2026");
    }

    @Test
    void acceptedAtLevel3ChangesTheCurrentLevelClosingItTheDayBefore() {
        LocalDate since = LocalDate.of(2025, 1, 1);
        TestUsers.asOperator(() -> changes.amend(ref, version(), r -> new NominalRecord(r.ref(), r.area(), r.bcu(),
                r.person(), r.aliases(), r.addresses(), r.areas(), r.convictions(),
                List.of(new CategorySpan(1, since, null)), List.of(new LevelSpan(1, since, null)), r.custody(),
                r.orders(), r.events()), r -> "setup", "test"));
        Referral r = submit(input(1, 3));

        screen(r, new Screening(Decision.ACCEPTED, 3, CHAIR, null, null));

        NominalRecord record = stored();
        assertThat(record.categories()).extracting(CategorySpan::category).containsExactly(1);
        assertThat(record.levels()).extracting(LevelSpan::level, LevelSpan::from, LevelSpan::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, since, LocalDate.of(2026, 5, 4)),
                org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2026, 5, 4), null));
        assertThat(record.levels().get(1).provenance().reason()).contains("accepted at level 3");
    }

    @Test
    void notAcceptedNeedsRationaleAndAdviceAndLeavesTheLevelAlone() {
        Referral r = submit(input(2, 2));

        assertThat(problems(() -> screen(r, new Screening(Decision.NOT_ACCEPTED, null, CHAIR, " ", null))))
                .containsOnlyKeys("rationale", "advice");

        Referral screened = screen(r, new Screening(Decision.NOT_ACCEPTED, null, CHAIR,
                "Risk manageable by probation alone", "Manage at level 1; refer again if the risk escalates"));
        assertThat(screened.decision()).isEqualTo(Decision.NOT_ACCEPTED);
        assertThat(screened.advice()).startsWith("Manage at level 1");
        assertThat(stored().levels()).isEmpty();
    }

    @Test
    void category3AtLevel1IsRefusedByTheRule() {
        LocalDate since = LocalDate.of(2025, 1, 1);
        TestUsers.asOperator(() -> changes.amend(ref, version(), r -> new NominalRecord(r.ref(), r.area(), r.bcu(),
                r.person(), r.aliases(), r.addresses(), r.areas(), r.convictions(),
                List.of(new CategorySpan(3, since, null)), List.of(new LevelSpan(2, since, null)), r.custody(),
                r.orders(), r.events()), r -> "setup", "test"));
        Referral r = submit(input(2, 3));

        assertThat(problems(() -> screen(r, new Screening(Decision.ACCEPTED, 1, CHAIR, null, null))).get("level"))
                .contains("Category 3 is managed at level 2 or 3 only (MAPPA Guidance; MCIF/1)");
        assertThat(stored().levels()).extracting(LevelSpan::level).containsExactly(2);
    }

    @Test
    void theChairMustBeAChairOfTheArea() {
        Referral r = submit(input(2, 2));

        assertThat(problems(() -> screen(r, new Screening(Decision.ACCEPTED, 2, PRACTITIONER, null, null))))
                .containsOnlyKeys("chair");
    }

    @Test
    void aStaleScreeningIsRefusedAndNamesWhoScreenedIt() {
        Referral r = submit(input(2, 2));
        screen(r, new Screening(Decision.ACCEPTED, 2, CHAIR, null, null));

        assertThatThrownBy(() -> screen(r, new Screening(Decision.NOT_ACCEPTED, null, CHAIR, "No", "None")))
                .isInstanceOf(StaleReferralException.class).hasMessageContaining("was screened by " + COORDINATOR);
        assertThat(TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER, () -> referrals.referral(ref, r.id())).decision())
                .isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void onlyACoordinatorScreens() {
        Referral r = submit(input(2, 2));

        assertThatThrownBy(() -> TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER,
                () -> referrals.screen(ref, r.id(), r.version(), new Screening(Decision.ACCEPTED, 2, CHAIR, null, null))))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void screeningFallsDueByWorkingDaysAcrossTheBankHolidays() {
        clock.set(day(2026, 12, 18)); // a Friday: 10 working days skip Christmas, Boxing Day (28th) and New Year's Day
        Referral r = submit(input(2, 2));
        assertThat(r.screenBy()).isEqualTo(LocalDate.of(2027, 1, 6));

        LocalDate lastDay = LocalDate.of(2027, 1, 6);
        List<Deadline> due = TestUsers.signedIn(PRACTITIONER, Role.PRACTITIONER,
                () -> outlook.deadlines(records.read(ref), lastDay));
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.what()).isEqualTo("Referral to screen");
            assertThat(d.overdueOn(lastDay)).isFalse();
            assertThat(d.overdueOn(lastDay.plusDays(1))).isTrue();
        });
        assertThat(ReferralOutlook.describe(r))
                .isEqualTo("Received 18 December 2026, level 2 asked for, screen by 6 January 2027");

        clock.set(day(2027, 1, 7));
        assertThat(TestUsers.signedIn(COORDINATOR, Role.COORDINATOR, () -> referrals.waiting()))
                .filteredOn(w -> w.id() == r.id()).singleElement().satisfies(w -> assertThat(w.overdue()).isTrue());
    }

    @Test
    void theCoordinatorsListHoldsTheirAreasWaitingReferralsOldestFirst() {
        Referral older = submit(input(2, 2));
        clock.set(day(2026, 5, 6));
        Referral newer = submit(input(1, 3));
        Referral screened = submit(input(2, 2));
        screen(screened, new Screening(Decision.NOT_ACCEPTED, null, CHAIR, "No", "Level 1"));

        List<Referrals.Waiting> mine = TestUsers.signedIn(COORDINATOR, Role.COORDINATOR, () -> referrals.waiting());
        assertThat(mine).filteredOn(w -> w.ref().equals(ref)).extracting(Referrals.Waiting::id)
                .containsExactly(older.id(), newer.id());
        assertThat(TestUsers.signedIn(OTHER_COORDINATOR, Role.COORDINATOR, () -> referrals.waiting()))
                .noneMatch(w -> w.ref().equals(ref));
    }

    private int version() {
        return TestUsers.asOperator(() -> nominals.findByRef(ref).orElseThrow().version());
    }
}
