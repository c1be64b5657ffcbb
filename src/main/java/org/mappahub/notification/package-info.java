/**
 * The sex-offender notification requirement of a person (Sexual Offences Act 2003 Part 2): its start, period and
 * end as {@link org.mappahub.rules.NotificationPeriod} computes them, the notifications made, and the next one due
 * by {@link org.mappahub.rules.NotificationDeadlines}. Read and changed only through the access policy
 * ({@link org.mappahub.nominal.CaseRecords}): it is part of the full history, which duty-to-co-operate agencies
 * never see; row-level security on its tables (V7) is the same as on the other content tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification requirements")
package org.mappahub.notification;
