package org.mappahub.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.SummaryRow;

/**
 * The review cycle on the record page: the initial meeting to arrange, or the next review due within
 * {@link #HORIZON_DAYS} days or overdue; and in the current picture when the last meeting was held and when the next
 * review is due. Read as the user (row-level security), only for viewers who see the full history.
 */
@Component
class MeetingsOutlook implements CaseDeadlines, CaseSummaries {

    /** Issue 5: a review due within 30 days is shown on the record page, as overdue ones are. */
    static final int HORIZON_DAYS = 30;

    private final MappMeetings meetings;

    MeetingsOutlook(MappMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        ReviewCycle cycle = cycle(viewed, today);
        if (cycle == null) {
            return List.of();
        }
        String href = href(viewed);
        if (cycle.initialToArrange()) {
            // once it is scheduled, it is arranged: the meetings page shows when
            return meetings.nextScheduled(viewed.stored().id(), cycle.levelSince()) == null
                    ? List.of(new Deadline("Initial MAPP meeting to arrange", cycle.levelSince(), href)) : List.of();
        }
        boolean soon = ChronoUnit.DAYS.between(today, cycle.dueBy()) <= HORIZON_DAYS;
        return cycle.overdue() || soon ? List.of(new Deadline("MAPP review meeting due", cycle.dueBy(), href)) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        ReviewCycle cycle = cycle(viewed, today);
        if (cycle == null) {
            return List.of();
        }
        String value = cycle.initialToArrange() ? "No meeting held yet at level " + cycle.level()
                : "Last held " + MappMeetings.day(cycle.lastHeld()) + "; next review due by " + MappMeetings.day(cycle.dueBy())
                + (cycle.overdue() ? " (overdue)" : "");
        return List.of(new SummaryRow("MAPP meetings", value, href(viewed)));
    }

    private ReviewCycle cycle(CaseRecords.Viewed viewed, LocalDate today) {
        NominalRecord r = viewed.stored().record();
        return meetings.cycle(r, viewed.stored().id(), today);
    }

    private static String href(CaseRecords.Viewed viewed) {
        return "/nominals/" + viewed.stored().record().ref() + "/meetings";
    }
}
