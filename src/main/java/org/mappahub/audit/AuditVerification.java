package org.mappahub.audit;

/**
 * What {@link AuditTrail#verify()} found: how many entries it checked and the first broken link, if any
 * ({@code brokenId} the first entry whose hash or link to its predecessor does not hold; {@code problem} what
 * differs).
 */
public record AuditVerification(long checked, Long brokenId, String problem) {

    public boolean intact() {
        return brokenId == null;
    }

    @Override
    public String toString() {
        return intact() ? "Audit trail intact: " + checked + " entries checked"
                : "Audit trail broken at entry " + brokenId + ": " + problem + " (" + checked + " entries checked)";
    }
}
