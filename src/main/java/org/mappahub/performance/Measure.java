package org.mappahub.performance;

/** The dashboard's measures (docs/PERFORMANCE.md defines each exactly). */
public enum Measure {
    MEETINGS_IN_TIME("Meetings held within their review interval", "MAPP meetings held in the period"),
    ATTENDANCE("Attendance by agency at level 2 and 3 meetings", "Invitations to meetings held in the period"),
    ACTIONS_ON_TIME("Actions completed on time", "Actions due in the period"),
    MINUTES_ON_TIME("Minutes distributed on time", "Meetings held in the period"),
    REFERRALS_SCREENED("Referrals screened within the policy time", "Referrals received in the period"),
    MILESTONES_MET("Pre-release milestones met", "Milestones falling in the period"),
    VICTIMS_CONTACTED("Victims contacted within the policy time", "Victims of cases sentenced in the period"),
    POPULATION("The managed population", "People managed under MAPPA on the period's last day");

    private final String words;
    private final String counted;

    Measure(String words, String counted) {
        this.words = words;
        this.counted = counted;
    }

    public String words() {
        return words;
    }

    /** What the denominator counts. */
    public String counted() {
        return counted;
    }

    /** Whether MAPPA Hub records the process behind the measure yet (the victim contact process is not built). */
    public boolean recorded() {
        return this != VICTIMS_CONTACTED;
    }

    public String param() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The measure named by a request parameter; null when none is. */
    public static Measure ofParam(String param) {
        for (Measure m : values()) {
            if (m.param().equals(param)) {
                return m;
            }
        }
        return null;
    }
}
