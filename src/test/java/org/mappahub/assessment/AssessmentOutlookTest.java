package org.mappahub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.mappahub.assessment.RiskAssessments.Assessment;
import org.mappahub.nominal.Deadline;

/** What the record page shows of risk assessments: the risk of serious harm in a line, and what falls due. */
class AssessmentOutlookTest {

    static Assessment assessment(RiskTool tool, LocalDate on, LocalDate nextDue, Object... scalesAndLevels) {
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        for (int i = 0; i < scalesAndLevels.length; i += 2) {
            levels.put((String) scalesAndLevels[i], (RiskLevel) scalesAndLevels[i + 1]);
        }
        return new Assessment(1, tool, on, "Olive", 1, "Probation", levels, null, nextDue, null, 0, "x", "x");
    }

    static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

    @Test
    void theGroupsRatedHighOrVeryHighHighestFirst() {
        assertThat(AssessmentOutlook.seriousHarm(assessment(RiskTool.OASYS, MAY_3, MAY_3.plusMonths(6),
                "CHILDREN", RiskLevel.VERY_HIGH, "PUBLIC", RiskLevel.HIGH, "KNOWN_ADULT", RiskLevel.LOW, "STAFF", RiskLevel.MEDIUM)))
                .isEqualTo("Very high to children, high to the public (OASys, 3 May 2026)");
        assertThat(AssessmentOutlook.seriousHarm(assessment(RiskTool.OASYS, MAY_3, MAY_3.plusMonths(6),
                "CHILDREN", RiskLevel.HIGH, "PUBLIC", RiskLevel.HIGH, "KNOWN_ADULT", RiskLevel.LOW, "STAFF", RiskLevel.HIGH)))
                .isEqualTo("High to children, the public and staff (OASys, 3 May 2026)");
    }

    @Test
    void withNothingHighTheHighestLevelAndItsGroups() {
        assertThat(AssessmentOutlook.seriousHarm(assessment(RiskTool.OASYS, MAY_3, MAY_3.plusMonths(6),
                "CHILDREN", RiskLevel.LOW, "PUBLIC", RiskLevel.MEDIUM, "KNOWN_ADULT", RiskLevel.MEDIUM, "STAFF", RiskLevel.LOW)))
                .isEqualTo("Medium to the public and a known adult (OASys, 3 May 2026)");
        assertThat(AssessmentOutlook.seriousHarm(assessment(RiskTool.ASSETPLUS, MAY_3, MAY_3.plusMonths(3),
                "LIKELIHOOD_OF_REOFFENDING", RiskLevel.HIGH, "RISK_OF_SERIOUS_HARM", RiskLevel.MEDIUM)))
                .isEqualTo("Medium (AssetPlus, 3 May 2026)");
    }

    @Test
    void aNextAssessmentShowsWhenDueWithin30DaysOrOverdue() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        List<Assessment> current = List.of(
                assessment(RiskTool.OASYS, MAY_3, today.plusDays(30), "CHILDREN", RiskLevel.LOW),
                assessment(RiskTool.ARMS, MAY_3, today.plusDays(31), "OVERALL", RiskLevel.LOW),
                assessment(RiskTool.SARA, MAY_3, today.minusDays(2), "RISK", RiskLevel.LOW));
        List<Deadline> due = AssessmentOutlook.due(current, "/nominals/X/assessments", today);
        assertThat(due).extracting(Deadline::what).containsExactly("OASys assessment due", "SARA assessment due");
        assertThat(due.get(1).statusOn(today)).isEqualTo("Overdue by 2 days");
    }
}
