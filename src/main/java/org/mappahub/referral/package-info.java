/**
 * Referral and screening (domain/MAPPA.md §4.2): a MAPPA referral (the MAPPA A content) for an existing nominal,
 * submitted by a practitioner of the owning area, and its screening by a co-ordinator and a chair: accepted at level
 * 2 or 3 (which opens or changes the level span in the MCIF/1 record through
 * {@link org.mappahub.nominal.NominalChanges#amend}, with the decision as its provenance) or not accepted with the
 * rationale and advice, within the area's policy working days. Row-level security on {@code referral} (V15) as on
 * the other content tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral and screening")
package org.mappahub.referral;
