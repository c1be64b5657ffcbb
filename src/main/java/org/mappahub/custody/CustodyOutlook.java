package org.mappahub.custody;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.mappahub.custody.PreRelease.Milestone;
import org.mappahub.custody.PreRelease.Status;
import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.SummaryRow;

/**
 * Custody on the record page: a release expected within {@link #RELEASE_HORIZON} (or past, while the person is
 * still recorded in custody), and each pre-release milestone not met that falls due within
 * {@link #MILESTONE_HORIZON} or is overdue ("release in 6 months without a level set" shows as the level-set
 * milestone overdue); and the current custody in a line.
 */
@Component
class CustodyOutlook implements CaseDeadlines, CaseSummaries {

    /** How far ahead an expected release is worth a practitioner's attention: the level-set milestone's default. */
    static final Period RELEASE_HORIZON = Period.ofMonths(6);
    /** How far ahead a milestone not yet met is shown. */
    static final Period MILESTONE_HORIZON = Period.ofDays(30);

    private final CustodyRecords custody;

    CustodyOutlook(CustodyRecords custody) {
        this.custody = custody;
    }

    @Override
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        CustodyRecords.Picture p = custody.picture(viewed, today);
        if (p.release() == null) {
            return List.of();
        }
        String href = href(viewed);
        List<Deadline> due = new ArrayList<>();
        if (!p.release().isAfter(today.plus(RELEASE_HORIZON))) {
            due.add(new Deadline("Release expected", p.release(), href));
        }
        for (Milestone m : p.milestones()) {
            boolean open = m.status() == Status.DUE || m.status() == Status.OVERDUE || m.status() == Status.NOT_RECORDED;
            if (open && !m.by().isAfter(today.plus(MILESTONE_HORIZON))) {
                due.add(new Deadline(what(m), m.by(), href));
            }
        }
        return due;
    }

    @Override
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        CustodyRecords.Picture p = custody.picture(viewed, today);
        if (p.current() != null) {
            return List.of(new SummaryRow("Custody", CustodyWords.current(p.current(), p.release()), href(viewed)));
        }
        if (p.spans().isEmpty()) {
            return List.of();
        }
        CustodySpan last = p.spans().get(p.spans().size() - 1);
        return List.of(new SummaryRow("Custody", "Not in custody; last left custody on " + CustodyWords.date(last.to()),
                href(viewed)));
    }

    private static String what(Milestone m) {
        return switch (m.step()) {
            case IDENTIFY -> "Identification as MAPPA-eligible before release";
            case LEVEL_SET -> "Level to be set before release";
            case FIRST_MEETING -> "First level 2 or 3 meeting before release";
        };
    }

    private static String href(CaseRecords.Viewed viewed) {
        return "/nominals/" + viewed.stored().record().ref() + "/custody";
    }
}
