package org.mappahub.access;

/** How a duty-to-co-operate or voluntary agency was brought into a case. */
public enum ShareBasis {
    MEETING_INVITATION("Invited to a MAPP meeting"),
    ACTION_ASSIGNED("Assigned an action"),
    EXPLICIT("Shared by the co-ordinator or chair");

    private final String title;

    ShareBasis(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
