/**
 * Risk assessments as the agencies' structured tools produced them (OASys, Risk Matrix 2000 and its successor,
 * ARMS, SARA, AssetPlus; domain/MAPPA.md §6): recorded, never computed. Part of the full history, read and changed
 * only through the access policy ({@link org.mappahub.nominal.CaseRecords}), with row-level security (V11) as on the
 * other content tables. Gives the current picture (the latest per tool) and the highest current risk of serious harm.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk assessments")
package org.mappahub.assessment;
