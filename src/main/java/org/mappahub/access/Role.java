package org.mappahub.access;

/**
 * The roles that exist so far. Spring Security sees each as authority {@code ROLE_<name>}.
 * The access issue adds the rest (chair, minute taker, VLO, DTC representative, SMB, auditor, admin).
 */
public enum Role {
    /** A police, probation or prison offender manager: reads and maintains the records of cases. */
    PRACTITIONER("Practitioner"),
    /** Runs the area's MAPPA machinery: everything a practitioner does, plus the area's housekeeping. */
    COORDINATOR("MAPPA co-ordinator"),
    /** Reviews the audit trail: who looked at a record, when and why. Reads no case record itself. */
    AUDITOR("Auditor");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
