/**
 * The intelligence and contact log of a person: dated entries from any agency (home visits, electronic or
 * computer monitoring, partners' concerns, links to a MARAC or a mental-health risk forum, other contact), each
 * with its source agency and a {@link org.mappahub.intelligence.HandlingMarking}. Read and changed only through
 * the access policy ({@link org.mappahub.nominal.CaseRecords}): the log is
 * {@link org.mappahub.access.RecordPart#INTELLIGENCE_LOG}, which duty-to-co-operate agencies never see;
 * row-level security on its table (V12) is the same as on the other content tables. Not in MCIF/1 (the format
 * has no place for it): the API read is its export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence and contact log")
package org.mappahub.intelligence;
