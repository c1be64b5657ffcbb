package org.mappahub.nominal;

import java.time.Instant;

/**
 * A nominal record as stored, with what the application needs to protect it: its optimistic-locking
 * version, and whether it was changed in the application since it was last imported.
 */
public record StoredNominal(long id, NominalRecord record, int version, Integer importedVersion,
                            Instant importedAt, String updatedBy, Instant updatedAt) {

    /** MCIF/1: an import may replace the record only if nobody has changed it in the application since. */
    public boolean changedSinceImport() {
        return importedVersion == null || importedVersion != version;
    }
}
