package org.mappahub.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.SummaryRow;

/**
 * The current risk management plan in the record page's current picture (record part {@code RISK_MANAGEMENT_PLAN}):
 * from which meeting's approved minutes it comes, linking to the plan's own page.
 */
@Component
class MinutesOutlook implements CaseSummaries {

    private final MappMinutes minutes;

    MinutesOutlook(MappMinutes minutes) {
        this.minutes = minutes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        if (!viewed.sees(org.mappahub.access.RecordPart.RISK_MANAGEMENT_PLAN)) {
            return List.of();
        }
        String href = "/nominals/" + viewed.stored().record().ref() + "/risk-management-plan";
        return List.of(minutes.currentPlan(viewed)
                .map(p -> new SummaryRow("Risk management plan", "From the approved minutes of the meeting on "
                        + MappMeetings.day(p.meetingDate()) + (p.edition() > 1 ? " (corrected)" : ""), href))
                .orElse(new SummaryRow("Risk management plan", "No approved minutes yet", href)));
    }
}
