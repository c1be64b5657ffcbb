package org.mappahub.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The access policy's decision on one record for one viewer: whether they may see it at all, which parts,
 * and what they may do with it.
 *
 * @param outcome     see {@link Outcome}
 * @param parts       the parts the viewer sees (empty unless {@link Outcome#ALLOWED})
 * @param mayEdit     may change the record's identity
 * @param mayShare    may bring agencies into the case and name users on a restriction
 * @param exceptional seen through a stated reason (another area's record): every view says so in the audit
 * @param until       when exceptional access ends
 * @param reason      the reason the viewer stated, for exceptional access
 * @param area        the record's owning area (null when the viewer may not know the record exists)
 */
public record Access(Outcome outcome, Set<RecordPart> parts, boolean mayEdit, boolean mayShare, boolean exceptional,
                     Instant until, String reason, String area) {

    public enum Outcome {
        /** The viewer sees the listed parts. */
        ALLOWED,
        /** Another area's record: the viewer must state why before they see it. */
        REASON_REQUIRED,
        /** The viewer's role reads no case records (board member, auditor, administrator). */
        ROLE_FORBIDDEN,
        /** As far as this viewer can tell, there is no such record (restricted, or not shared with their agency). */
        NOT_FOUND
    }

    public Access {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    static Access denied(Outcome outcome, String area) {
        return new Access(outcome, Set.of(), false, false, false, null, null, area);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    public boolean sees(RecordPart part) {
        return parts.contains(part);
    }
}
