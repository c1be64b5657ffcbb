package org.mappahub.notification;

import org.springframework.stereotype.Component;

import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.nominal.CaseRecords;

/**
 * Who may read and change the notification record, decided once for every service of this module: it is part of
 * the full history (a shared agency sees the case but not this), and only the owning area's editors change it.
 * A refusal is audited and thrown ({@link CaseAccess#refusal}).
 */
@Component
class NotificationGate {

    /** What a refusal says was asked for. */
    private static final String PART = "notification requirement";

    private final CaseRecords records;
    private final CaseAccess caseAccess;

    NotificationGate(CaseRecords records, CaseAccess caseAccess) {
        this.records = records;
        this.caseAccess = caseAccess;
    }

    /** The record, when the user may change its notification record; otherwise the refusal is thrown. */
    CaseRecords.Viewed editable(String ref, String why, String message) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, why, message);
        }
        return viewed;
    }

    void requireHistory(String ref, CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "The notification requirement is part of the full history, which this user does not see");
        }
    }
}
