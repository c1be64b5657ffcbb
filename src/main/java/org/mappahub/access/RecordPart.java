package org.mappahub.access;

/**
 * The parts of a case record the access policy grants separately (docs/SECURITY.md, "Record parts").
 * Pages and the API show a part only when {@link Access#sees(RecordPart)} says so; parts whose records
 * arrive with later capabilities (plans, actions, minutes, victims, intelligence) are decided here already
 * so that those capabilities are born inside the policy.
 */
public enum RecordPart {
    /** Name, aliases, date of birth, gender, ethnicity, identifiers, owning area. */
    IDENTITY_SUMMARY("Identity summary"),
    /** The current category and level. */
    CATEGORY_AND_LEVEL("Category and level"),
    /** Addresses, area history, convictions, custody, orders, events, and the category and level history. */
    FULL_HISTORY("Full history"),
    /** The current risk management plan. */
    RISK_MANAGEMENT_PLAN("Risk management plan"),
    /** Actions assigned to the viewer's own agency. */
    OWN_AGENCY_ACTIONS("Actions for your agency"),
    /** Every action on the case. */
    ALL_ACTIONS("All actions"),
    /** Minutes of the meetings the viewer's agency was invited to. */
    INVITED_MEETING_MINUTES("Minutes of meetings your agency attended"),
    /** The minutes of every meeting about the case. */
    ALL_MINUTES("All minutes"),
    /** Victims' details. */
    VICTIMS("Victims"),
    /** The intelligence log. */
    INTELLIGENCE_LOG("Intelligence log"),
    /** Sections of a record marked restricted. */
    RESTRICTED_SECTIONS("Restricted sections");

    private final String title;

    RecordPart(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
