package org.mappahub.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user does in MAPPA. Each user has one role, in one agency of one area. Spring Security sees it as
 * authority {@code ROLE_<name>}. Which records and which parts of them each role sees is decided by
 * {@link AccessPolicy}; which agencies may hold each role by {@link #allowedIn(AgencyKind)}.
 */
public enum Role {
    /** A police, probation or prison offender manager: reads and maintains the cases of their area. */
    PRACTITIONER("Practitioner"),
    /** Runs the area's MAPPA machinery: referrals, meetings, sharing with agencies, restricting records. */
    COORDINATOR("MAPPA co-ordinator"),
    /** Chairs MAPP meetings: reads the area's cases and shares them with the agencies at the table. */
    CHAIR("Chair"),
    /** Takes the minutes of MAPP meetings: reads the area's cases. */
    MINUTE_TAKER("Minute taker"),
    /** Keeps victims informed: the one role that sees victims' details without a grant. */
    VICTIM_LIAISON_OFFICER("Victim liaison officer"),
    /** Represents a duty-to-co-operate or voluntary agency: sees the shared parts of shared cases only. */
    DTC_REPRESENTATIVE("DTC representative"),
    /** Strategic Management Board member or lay adviser: aggregate figures only, never a record. */
    BOARD_MEMBER("SMB member or lay adviser"),
    /** Reviews the audit trail: who looked at a record, when and why. Reads no case record itself. */
    AUDITOR("Auditor"),
    /** Manages agencies and accounts. Reads no case record. */
    SYSTEM_ADMINISTRATOR("System administrator");

    /** Roles of Responsible Authority staff who read their area's cases. */
    public static final Set<Role> CASE_READERS =
            EnumSet.of(PRACTITIONER, COORDINATOR, CHAIR, MINUTE_TAKER, VICTIM_LIAISON_OFFICER);
    /** Roles that change a record's identity and create records in their own area. */
    public static final Set<Role> CASE_EDITORS = EnumSet.of(PRACTITIONER, COORDINATOR);
    /** Roles that bring agencies into a case and name the users of a restricted record. */
    public static final Set<Role> CASE_SHARERS = EnumSet.of(COORDINATOR, CHAIR);

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * Whether an agency of this kind may employ someone in this role: case roles belong to the Responsible
     * Authority (the MAPPA unit is police or probation staff), the DTC representative to the other agencies.
     */
    public boolean allowedIn(AgencyKind kind) {
        if (CASE_READERS.contains(this)) {
            return kind == AgencyKind.RESPONSIBLE_AUTHORITY;
        }
        if (this == DTC_REPRESENTATIVE) {
            return kind != AgencyKind.RESPONSIBLE_AUTHORITY;
        }
        return true;
    }
}
