package org.mappahub.assessment;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.assessment.RiskAssessments.Assessment;
import org.mappahub.assessment.RiskAssessments.Input;
import org.mappahub.assessment.RiskAssessments.Picture;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.rules.CategoryRules;
import org.mappahub.rules.CategoryRules.RiskOfSeriousHarm;

/**
 * The risk assessment service as a signed-in user: an assessment is recorded as the tool produced it, with the
 * user's agency by default; every refusal names its field and writes nothing; an edit is versioned and a stale one
 * refused; the current picture is the latest per tool, and the highest current risk of serious harm comes from it.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class RiskAssessmentsTest {

    static final String AREA = "ASSESSSERVICE";
    static final String OTHER = "ASSESSSERVICEOTHER";
    static final String USER = "asa.assessor";
    static final String CHAIR = "ash.chair";
    static final String DTC = "asd.dtc";

    @Autowired RiskAssessments assessments;
    @Autowired NominalChanges changes;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired CaseRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;
    long police;
    long probation;
    long elsewhere;
    long dtcAgency;

    @BeforeEach
    void aPerson() {
        clock.set(LocalDate.of(2026, 5, 10).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Assesshire", List.of(), List.of()));
        areas.save(new Area(OTHER, "Otherhire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        police = placed.place(USER, Role.PRACTITIONER, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        dtcAgency = placed.place(DTC, Role.DTC_REPRESENTATIVE, AREA);
        probation = placed.agency(AREA, AgencyType.PROBATION);
        elsewhere = placed.agency(OTHER, AgencyType.PROBATION);
        ref = changes.create(AREA, new Identity("ASSESSPERSON", List.of("Ada"), LocalDate.of(1980, 5, 5), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private <T> T as(Supplier<T> work) {
        return as(USER, Role.PRACTITIONER, work);
    }

    static Input oasys(LocalDate on, String children, String pub, String knownAdult, String staff) {
        return new Input(RiskTool.OASYS, on, "Olive Officer", null,
                Map.of("CHILDREN", children, "PUBLIC", pub, "KNOWN_ADULT", knownAdult, "STAFF", staff), null,
                on.plusMonths(6), null);
    }

    private Map<String, String> refusal(Input input) {
        try {
            as(() -> assessments.record(ref, input));
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
        throw new AssertionError("not refused: " + input);
    }

    @Test
    void anOasysAssessmentIsRecordedAsTheToolProducedItWithTheUsersAgencyByDefault() {
        Assessment a = as(() -> assessments.record(ref, oasys(LocalDate.of(2026, 5, 3), "VERY_HIGH", "HIGH", "MEDIUM", "LOW")));
        assertThat(a.tool()).isEqualTo(RiskTool.OASYS);
        assertThat(a.agencyId()).isEqualTo(police);
        assertThat(a.levels()).containsExactly(Map.entry("CHILDREN", RiskLevel.VERY_HIGH), Map.entry("PUBLIC", RiskLevel.HIGH),
                Map.entry("KNOWN_ADULT", RiskLevel.MEDIUM), Map.entry("STAFF", RiskLevel.LOW));
        assertThat(a.nextDueOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(a.version()).isZero();

        Assessment sara = as(() -> assessments.record(ref, new Input(RiskTool.SARA, LocalDate.of(2026, 5, 10), "Sam",
                probation, Map.of("RISK", "HIGH"), true, LocalDate.of(2026, 8, 10), "  After the incident  ")));
        assertThat(sara.agencyName()).contains("probation");
        assertThat(sara.imminentRisk()).isTrue();
        assertThat(sara.notes()).isEqualTo("After the incident");

        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CREATE' "
                + "and details::text like '%riskAssessment%'").param(ref).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void everyRefusalNamesItsFieldAndNothingIsWritten() {
        assertThat(refusal(oasys(LocalDate.of(2026, 5, 11), "LOW", "LOW", "LOW", "LOW")))
                .containsEntry("assessedOn", "The date of the assessment must be today or in the past");
        assertThat(refusal(new Input(RiskTool.ARMS, LocalDate.of(2026, 5, 1), "Al", null, Map.of("OVERALL", "VERY_HIGH"),
                null, LocalDate.of(2026, 11, 1), null)))
                .containsEntry("levels.OVERALL", "Level of risk (priority): ARMS has no level ‘VERY_HIGH’; it records LOW, MEDIUM, HIGH");
        Map<String, String> missing = refusal(new Input(RiskTool.OASYS, LocalDate.of(2026, 5, 1), "Olive", null,
                Map.of("CHILDREN", "HIGH"), null, LocalDate.of(2026, 11, 1), null));
        assertThat(missing).containsOnlyKeys("levels.PUBLIC", "levels.KNOWN_ADULT", "levels.STAFF");
        assertThat(missing.get("levels.KNOWN_ADULT")).isEqualTo("Select the risk of serious harm to a known adult (OASys)");
        assertThat(refusal(new Input(RiskTool.OASYS, LocalDate.of(2026, 5, 1), "Olive", null,
                Map.of("CHILDREN", "LOW", "PUBLIC", "LOW", "KNOWN_ADULT", "LOW", "STAFF", "LOW"), null,
                LocalDate.of(2026, 5, 1), null)))
                .containsEntry("nextDueOn", "The date the next assessment is due must be after the date of the assessment");
        assertThat(refusal(new Input(RiskTool.RISK_MATRIX_2000, LocalDate.of(2026, 5, 1), "Pat", null, Map.of(), null,
                LocalDate.of(2027, 5, 1), null)))
                .containsEntry("levels", "Record the category on at least one Risk Matrix 2000 scale");
        assertThat(refusal(new Input(RiskTool.SARA, LocalDate.of(2026, 5, 1), "Sam", null,
                Map.of("RISK", "LOW", "CHILDREN", "HIGH"), null, LocalDate.of(2027, 5, 1), null)))
                .containsOnlyKeys("levels.CHILDREN");
        Map<String, String> several = refusal(new Input(RiskTool.OASYS, null, " ", elsewhere,
                Map.of("CHILDREN", "LOW", "PUBLIC", "LOW", "KNOWN_ADULT", "LOW", "STAFF", "LOW"), false, null, null));
        assertThat(several).containsOnlyKeys("assessedOn", "assessor", "agency", "imminentRisk", "nextDueOn");
        assertThat(several.get("agency")).contains("agencies of the person's area");
        assertThat(refusal(new Input(null, LocalDate.of(2026, 5, 1), "X", null, Map.of(), null, LocalDate.of(2027, 5, 1), null)))
                .containsKey("tool");

        assertThat(as(() -> assessments.view(ref)).history()).isEmpty();
    }

    @Test
    void anEditIsVersionedAndAuditedAndAStaleOneIsRefused() {
        Assessment a = as(() -> assessments.record(ref, oasys(LocalDate.of(2026, 5, 3), "HIGH", "HIGH", "LOW", "LOW")));
        Assessment changed = as(() -> assessments.change(ref, a.id(), 0,
                oasys(LocalDate.of(2026, 5, 4), "MEDIUM", "HIGH", "LOW", "LOW")));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.assessedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(changed.levels().get("CHILDREN")).isEqualTo(RiskLevel.MEDIUM);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CHANGE' "
                + "and details::text like '%riskAssessment%'").param(ref).query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> as(() -> assessments.change(ref, a.id(), 0,
                oasys(LocalDate.of(2026, 5, 5), "LOW", "LOW", "LOW", "LOW"))))
                .isInstanceOf(StaleAssessmentException.class);
        assertThatThrownBy(() -> as(() -> assessments.change(ref, a.id(), 1, new Input(RiskTool.ARMS,
                LocalDate.of(2026, 5, 5), "Al", null, Map.of("OVERALL", "LOW"), null, LocalDate.of(2026, 9, 1), null))))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("tool of a recorded assessment");
        assertThatThrownBy(() -> as(() -> assessments.change(ref, a.id() + 100_000, 0,
                oasys(LocalDate.of(2026, 5, 5), "LOW", "LOW", "LOW", "LOW"))))
                .isInstanceOf(AssessmentNotFoundException.class);
        Assessment stored = as(() -> assessments.assessment(ref, a.id()));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.levels().get("CHILDREN")).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void theCurrentPictureIsTheLatestOfEachToolAndGivesTheHighestRiskOfSeriousHarm() {
        as(() -> assessments.record(ref, oasys(LocalDate.of(2025, 11, 1), "VERY_HIGH", "HIGH", "LOW", "LOW")));
        as(() -> assessments.record(ref, oasys(LocalDate.of(2026, 5, 1), "MEDIUM", "HIGH", "LOW", "LOW")));
        // ARMS is a priority, not a risk of serious harm: it does not count
        as(() -> assessments.record(ref, new Input(RiskTool.ARMS, LocalDate.of(2026, 4, 1), "Al", null,
                Map.of("OVERALL", "HIGH"), null, LocalDate.of(2026, 10, 1), null)));
        Picture p = as(() -> assessments.view(ref));
        assertThat(p.history()).extracting(Assessment::assessedOn).containsExactly(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), LocalDate.of(2025, 11, 1));
        assertThat(p.current()).extracting(Assessment::tool).containsExactly(RiskTool.OASYS, RiskTool.ARMS);
        assertThat(p.current().get(0).assessedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(p.highest()).isEqualTo(RiskOfSeriousHarm.HIGH);

        as(() -> assessments.record(ref, new Input(RiskTool.ASSETPLUS, LocalDate.of(2026, 5, 2), "Yas", null,
                Map.of("LIKELIHOOD_OF_REOFFENDING", "MEDIUM", "RISK_OF_SERIOUS_HARM", "VERY_HIGH"), null,
                LocalDate.of(2026, 8, 2), null)));
        RiskOfSeriousHarm highest = as(() -> assessments.highestCurrentRisk(records.read(ref)));
        assertThat(highest).isEqualTo(RiskOfSeriousHarm.VERY_HIGH);
        assertThat(CategoryRules.checkCategory3(highest, "Threats to a former partner's children")).isEmpty();
    }

    @Test
    void onlyTheOwningAreasEditorsRecordAndASharedAgencyDoesNotSeeThem() {
        assertThatThrownBy(() -> as(CHAIR, Role.CHAIR, () -> assessments.record(ref,
                oasys(LocalDate.of(2026, 5, 1), "LOW", "LOW", "LOW", "LOW"))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(CHAIR, Role.CHAIR, () -> assessments.view(ref)).history()).isEmpty();
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited", "operator:test"));
        assertThatThrownBy(() -> as(DTC, Role.DTC_REPRESENTATIVE, () -> assessments.view(ref)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(DTC, Role.DTC_REPRESENTATIVE, () -> assessments.highestCurrentRisk(records.read(ref)))).isNull();
    }
}
