package org.mappahub.referral;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.SummaryRow;

/**
 * Referrals on the record page: each referral waiting for screening is a deadline ("Referral to screen", due the
 * last working day the area's policy allows, overdue after it); the latest referral is a line of the current picture.
 */
@Component
class ReferralOutlook implements CaseDeadlines, CaseSummaries {

    private final Referrals referrals;

    ReferralOutlook(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        return referrals.referrals(viewed).stream().filter(Referrals.Referral::waiting)
                .map(r -> new Deadline("Referral to screen", r.screenBy(), href(r))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        return referrals.referrals(viewed).stream().findFirst()
                .map(r -> List.of(new SummaryRow("Referral", describe(r), href(r)))).orElse(List.of());
    }

    /** "Received 3 May 2026, level 2 asked for, screen by 17 May 2026", or the decision. */
    static String describe(Referrals.Referral r) {
        if (r.decision() == Referrals.Decision.ACCEPTED) {
            return "Accepted at level " + r.levelAccepted() + " on " + Referrals.DATE.format(r.decidedOn());
        }
        if (r.decision() == Referrals.Decision.NOT_ACCEPTED) {
            return "Not accepted on " + Referrals.DATE.format(r.decidedOn());
        }
        return "Received " + Referrals.DATE.format(r.receivedOn()) + ", level " + r.content().levelAsked()
                + " asked for, screen by " + Referrals.DATE.format(r.screenBy());
    }

    static String href(Referrals.Referral r) {
        return "/nominals/" + r.ref() + "/referrals/" + r.id();
    }
}
