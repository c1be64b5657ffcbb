package org.mappahub.access;

import java.time.Instant;

/**
 * What the access policy needs to know about one record, as it stands for one viewer.
 *
 * @param area               the area that owns the record now
 * @param restricted         a restricted record: named users only
 * @param named              the viewer is named on it (when restricted)
 * @param sharedWithAgency   the viewer's agency has been brought into the case and the sharing is current
 * @param reasonStatedUntil  when the viewer's stated reason for seeing this other area's record expires
 *                           (null: none current)
 * @param statedReason       the reason the viewer stated, while it lasts
 * @param victimAccess       the case explicitly lets the viewer see its victims' details
 */
public record RecordFacts(String ref, String area, boolean restricted, boolean named, boolean sharedWithAgency,
                          Instant reasonStatedUntil, String statedReason,
                          boolean victimAccess) {
}
