/**
 * Custody and release: a person's custody spans (kept in the MCIF/1-backed record, changed through
 * {@link org.mappahub.nominal.NominalChanges}, so exports and statistics read what users entered), the expected
 * release date of a person in custody, and the pre-release milestones the area's policy derives from it
 * (domain/MAPPA.md §4.1). Part of the full history: read and changed only through the access policy
 * ({@link org.mappahub.nominal.CaseRecords}); row-level security on {@code expected_release} (V13) as on the
 * other content tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custody and release")
package org.mappahub.custody;
