package org.mappahub.access;

import static org.mappahub.access.RecordPart.*;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The need-to-know policy, in one place (MAPPA.md §11; the table in docs/SECURITY.md is this method in words,
 * and the authorisation matrix test holds the two together). Every path that reads a case — pages, API,
 * search results, exports, PDFs — asks {@link CaseAccess}, which asks this. PostgreSQL's row-level security
 * (V5) is a coarser copy underneath, so that a faulty query cannot return a row this would never show.
 */
public final class AccessPolicy {

    /** How long a stated reason opens another area's record. Long enough for a shift's work, no longer. */
    public static final Duration REASON_LASTS = Duration.ofHours(8);
    /** The shortest reason accepted: "checking" says nothing an auditor can use. */
    public static final int SHORTEST_REASON = 10;

    /** What a duty-to-co-operate or voluntary agency sees of a case it has been brought into. */
    static final Set<RecordPart> SHARED_PARTS = EnumSet.of(IDENTITY_SUMMARY, CATEGORY_AND_LEVEL, RISK_MANAGEMENT_PLAN,
            OWN_AGENCY_ACTIONS, INVITED_MEETING_MINUTES);
    /** What Responsible Authority staff see of a case they may read, before victims and restricted sections. */
    static final Set<RecordPart> CASE_PARTS = EnumSet.of(IDENTITY_SUMMARY, CATEGORY_AND_LEVEL, FULL_HISTORY,
            RISK_MANAGEMENT_PLAN, OWN_AGENCY_ACTIONS, ALL_ACTIONS, INVITED_MEETING_MINUTES, ALL_MINUTES, INTELLIGENCE_LOG);

    private AccessPolicy() {
    }

    public static Access decide(Viewer viewer, RecordFacts record, Instant now) {
        Objects.requireNonNull(record);
        if (viewer == null || !viewer.readsAreaCases() && !viewer.readsSharedCases()) {
            return Access.denied(Access.Outcome.ROLE_FORBIDDEN, null);
        }
        // A restricted record does not exist for anyone not named on it: not in search, not by ref.
        if (record.restricted() && !record.named()) {
            return Access.denied(Access.Outcome.NOT_FOUND, null);
        }
        if (viewer.readsSharedCases()) {
            if (!record.sharedWithAgency() && !record.named()) {
                return Access.denied(Access.Outcome.NOT_FOUND, null);
            }
            Set<RecordPart> parts = EnumSet.copyOf(SHARED_PARTS);
            if (record.victimAccess()) {
                parts.add(VICTIMS);
            }
            return new Access(Access.Outcome.ALLOWED, parts, false, false, false, null, null, record.area());
        }
        boolean ownArea = record.area().equals(viewer.area());
        boolean reason = record.reasonStatedUntil() != null && record.reasonStatedUntil().isAfter(now);
        if (!ownArea && !record.named() && !reason) {
            return Access.denied(Access.Outcome.REASON_REQUIRED, record.area());
        }
        Set<RecordPart> parts = EnumSet.copyOf(CASE_PARTS);
        if (viewer.role() == Role.VICTIM_LIAISON_OFFICER || record.victimAccess()) {
            parts.add(VICTIMS);
        }
        boolean runsTheCase = ownArea && Role.CASE_SHARERS.contains(viewer.role());
        if (record.named() || runsTheCase) {
            parts.add(RESTRICTED_SECTIONS);
        }
        boolean exceptional = !ownArea && !record.named();
        return new Access(Access.Outcome.ALLOWED, parts,
                ownArea && Role.CASE_EDITORS.contains(viewer.role()),
                runsTheCase, exceptional, exceptional ? record.reasonStatedUntil() : null,
                exceptional ? record.statedReason() : null, record.area());
    }

    /** Whether the viewer may create records in an area (their own, in an editing role). */
    public static boolean mayCreateIn(Viewer viewer, String area) {
        return viewer != null && viewer.readsAreaCases() && Role.CASE_EDITORS.contains(viewer.role())
                && Objects.equals(viewer.area(), area);
    }
}
