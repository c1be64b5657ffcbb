/**
 * Licences (domain/MAPPA.md §5.4): a person's licences after release from custody, their start and end, the
 * standard conditions ({@link org.mappahub.licence.StandardConditions}), additional conditions chosen from a
 * catalogue that system administrators maintain ({@link org.mappahub.licence.ConditionCatalogue}) and the
 * variations. Read and changed only through the access policy ({@link org.mappahub.nominal.CaseRecords}): part of
 * the full history, never seen by a duty-to-co-operate agency; row-level security on the case tables (V10) as on
 * the other content tables. Licences are not in MCIF/1: the API read is their export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licences")
package org.mappahub.licence;
