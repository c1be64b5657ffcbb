package org.mappahub.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.custody.PreRelease.Milestone;
import org.mappahub.custody.PreRelease.Status;
import org.mappahub.custody.PreRelease.Step;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.rules.PolicySettings;

/**
 * The pre-release milestones as a table, under an area policy that is not the default (identify 10 months, level set
 * 7, first meeting 4 before release): the dates count back from the expected release by the policy's months; a
 * milestone not met is due up to and on its day and overdue from the next; "identified" is met by a category in
 * force on or after the custody began, "level set" by a level decided in this custody; the first meeting has its
 * date only (not needed once the level set in custody is 1).
 */
class PreReleaseTest {

    static final PolicySettings AREA = PolicySettings.DEFAULTS.withIdentifyMonthsBeforeRelease(10)
            .withLevelSetMonthsBeforeRelease(7).withFirstMeetingMonthsBeforeRelease(4).validated();
    static final LocalDate BEGAN = LocalDate.of(2024, 5, 3);
    static final LocalDate RELEASE = LocalDate.of(2026, 2, 1);
    static final CustodySpan CUSTODY = new CustodySpan(CustodyKind.PRISON, CustodyReason.RECALL, null, BEGAN, null);

    @ParameterizedTest(name = "[{index}] today {0}, {1}: identify {2}, level set {3}, first meeting {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | history                                    | identify    | level set | first meeting
            2025-04-01 | none                                       | DUE         | DUE       | NOT_RECORDED
            2025-04-01 | category and level from before custody     | MET         | DUE       | NOT_RECORDED
            2025-04-02 | none                                       | OVERDUE     | DUE       | NOT_RECORDED
            2025-07-01 | category and level from before custody     | MET         | DUE       | NOT_RECORDED
            2025-07-02 | category and level from before custody     | MET         | OVERDUE   | NOT_RECORDED
            2025-07-02 | category ended before custody              | OVERDUE     | OVERDUE   | NOT_RECORDED
            2025-07-02 | level 2 decided in custody                 | MET         | MET       | NOT_RECORDED
            2025-07-02 | level 1 decided in custody                 | MET         | MET       | NOT_NEEDED
            2025-07-02 | old level span recorded again in custody   | MET         | MET       | NOT_RECORDED
            """)
    void theMilestonesOfTheAreasPolicy(LocalDate today, String history, Status identify, Status levelSet, Status meeting) {
        List<Milestone> m = PreRelease.milestones(record(history), CUSTODY, RELEASE, AREA, today);
        assertThat(m).extracting(Milestone::step).containsExactly(Step.IDENTIFY, Step.LEVEL_SET, Step.FIRST_MEETING);
        // 10, 7 and 4 months before 1 February 2026
        assertThat(m).extracting(Milestone::by).containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 10, 1));
        assertThat(m).extracting(Milestone::status).containsExactly(identify, levelSet, meeting);
    }

    @ParameterizedTest(name = "[{index}] release {0}: default policy {1}, {2}, {3}")
    @CsvSource({
            "2026-02-01, 2025-06-01, 2025-08-01, 2025-11-01",
            // month ends: java.time's minusMonths keeps the day or takes the month's last
            "2025-08-31, 2024-12-31, 2025-02-28, 2025-05-31",
            "2024-10-31, 2024-02-29, 2024-04-30, 2024-07-31"})
    void theDefaultPolicyCountsBack8And6And3Months(LocalDate release, LocalDate identify, LocalDate levelSet,
                                                   LocalDate meeting) {
        CustodySpan custody = new CustodySpan(CustodyKind.PRISON, CustodyReason.SENTENCE, null, LocalDate.of(2023, 1, 1), null);
        assertThat(PreRelease.milestones(record("none"), custody, release, PolicySettings.DEFAULTS, LocalDate.of(2023, 1, 1)))
                .extracting(Milestone::by).containsExactly(identify, levelSet, meeting);
    }

    private static NominalRecord record(String history) {
        LocalDate before = LocalDate.of(2020, 1, 1);
        LocalDate decided = LocalDate.of(2025, 6, 15);
        List<CategorySpan> categories = switch (history) {
            case "none" -> List.of();
            case "category ended before custody" -> List.of(new CategorySpan(2, before, BEGAN));
            default -> List.of(new CategorySpan(1, before, null));
        };
        List<LevelSpan> levels = switch (history) {
            case "category and level from before custody" -> List.of(new LevelSpan(1, before, null));
            case "level 2 decided in custody" -> List.of(new LevelSpan(1, before, decided), new LevelSpan(2, decided, null));
            case "level 1 decided in custody" -> List.of(new LevelSpan(2, before, decided), new LevelSpan(1, decided, null));
            case "old level span recorded again in custody" -> List.of(new LevelSpan(2, before, null,
                    new Provenance("pat.practitioner", Instant.parse("2025-06-15T10:00:00Z"), "Reviewed before release")));
            default -> List.of();
        };
        return new NominalRecord("PRE-1", "AREA", null, new Person("PRERELEASE", List.of(), LocalDate.of(1980, 1, 1),
                null, null, null, null, null), null, null, null, null, categories, levels, List.of(CUSTODY), null, null);
    }
}
