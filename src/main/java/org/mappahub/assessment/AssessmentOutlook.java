package org.mappahub.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import org.mappahub.assessment.RiskAssessments.Assessment;
import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.SummaryRow;

/**
 * Risk assessments on the record page: the next assessment of each tool when it falls due soon or is overdue, and
 * the risk of serious harm of the current OASys assessment (else AssetPlus) in a line.
 */
@Component
class AssessmentOutlook implements CaseDeadlines, CaseSummaries {

    /**
     * How far ahead a next assessment shows on the record page: the horizon issue 4 asks for ("due within 30 days").
     * A display choice, not a statutory or policy period: no rule fixes when a reassessment must be flagged.
     */
    static final int DUE_SOON_DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RiskAssessments assessments;

    AssessmentOutlook(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        return due(assessments.current(viewed), href(viewed), today);
    }

    /** The next assessment of each current one, when it is overdue or due within {@link #DUE_SOON_DAYS}. */
    static List<Deadline> due(List<Assessment> current, String href, LocalDate today) {
        List<Deadline> due = new ArrayList<>();
        for (Assessment a : current) {
            Deadline d = new Deadline(a.tool().title() + " assessment due", a.nextDueOn(), href);
            if (d.daysFrom(today) <= DUE_SOON_DAYS) {
                due.add(d);
            }
        }
        return due;
    }

    @Override
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        List<Assessment> current = assessments.current(viewed);
        Optional<Assessment> rated = current.stream().filter(a -> a.tool() == RiskTool.OASYS).findFirst()
                .or(() -> current.stream().filter(a -> a.highestSeriousHarm().isPresent()).findFirst());
        return rated.map(a -> List.of(new SummaryRow("Risk of serious harm", seriousHarm(a), href(viewed))))
                .orElse(List.of());
    }

    /**
     * "Very high to children, high to the public (OASys, 3 May 2026)": the groups rated high or very high, highest
     * first; when none is, the highest level and its groups.
     */
    static String seriousHarm(Assessment a) {
        Map<RiskLevel, List<String>> byLevel = new TreeMap<>(Comparator.reverseOrder());
        for (RiskTool.Scale s : a.tool().scales()) {
            RiskLevel l = a.levels().get(s.key());
            if (s.seriousHarm() && l != null) {
                byLevel.computeIfAbsent(l, x -> new ArrayList<>()).add(s.group());
            }
        }
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, groups) -> {
            if (parts.isEmpty() || level.high()) {
                parts.add(level.words().toLowerCase(Locale.UK) + (a.tool() == RiskTool.OASYS ? " to " + and(groups) : ""));
            }
        });
        String words = String.join(", ", parts);
        words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return words + " (" + a.tool().title() + ", " + DATE.format(a.assessedOn()) + ")";
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String href(CaseRecords.Viewed viewed) {
        return "/nominals/" + viewed.stored().record().ref() + "/assessments";
    }
}
