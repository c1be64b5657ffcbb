package org.mappahub.work;

/** The headings of the work list, in the order the page shows them. */
public enum WorkKind {
    REFERRALS_TO_SCREEN("Referrals to screen"),
    MEETINGS_TO_ARRANGE("Meetings to arrange"),
    /** A chair's own meetings in the coming days: the papers to read, the agencies to expect. */
    MEETINGS_TO_CHAIR("Meetings to chair"),
    MINUTES_TO_WRITE("Minutes to write"),
    MINUTES_TO_APPROVE("Minutes to approve"),
    MINUTES_TO_SEND("Minutes to send"),
    ACTIONS("Actions due and overdue"),
    REVIEWS_DUE("Reviews due"),
    PRE_RELEASE("Prisoners nearing release"),
    NOTIFICATIONS_DUE("Notifications due"),
    ORDERS_DUE("Orders and licences ending");

    private final String title;

    WorkKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
