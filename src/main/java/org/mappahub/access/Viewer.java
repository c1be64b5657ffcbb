package org.mappahub.access;

/**
 * A signed-in user as the access policy sees them: their role, and the agency and area they belong to
 * (null for an account no administrator has placed in an agency yet: it sees no case).
 */
public record Viewer(String username, String displayName, Role role, Long agencyId, String agencyName,
                     AgencyType agencyType, String area) {

    public boolean placed() {
        return agencyId != null;
    }

    public AgencyKind agencyKind() {
        return agencyType == null ? null : agencyType.kind();
    }

    /** Responsible Authority staff in a role that reads the cases of their area. */
    public boolean readsAreaCases() {
        return placed() && agencyKind() == AgencyKind.RESPONSIBLE_AUTHORITY && Role.CASE_READERS.contains(role);
    }

    /** A duty-to-co-operate or voluntary agency's representative: reads what is shared with the agency. */
    public boolean readsSharedCases() {
        return placed() && agencyKind() != AgencyKind.RESPONSIBLE_AUTHORITY && role == Role.DTC_REPRESENTATIVE;
    }

    /**
     * Whether this user, whom {@link AggregateReader} let in, may see the annual statistics of {@code area}: their own
     * area's, or England and Wales's ({@code NATIONAL}).
     */
    public boolean readsStatisticsOf(String area) {
        return "NATIONAL".equals(area) || this.area != null && this.area.equals(area);
    }
}
