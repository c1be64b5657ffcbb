package org.mappahub.audit;

import java.time.Instant;

/** One stored entry of the audit trail. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, String details,
                         String reason, String prevHash, String hash) {

    /** The entry's hash as it should be: SHA-256 of its canonical form, which includes the previous hash. */
    String expectedHash() {
        return ChainHash.of(id, at, actor, action.name(), subject, details, reason, prevHash);
    }
}
