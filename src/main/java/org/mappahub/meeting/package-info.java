/**
 * MAPP meetings of people managed at level 2 or 3 (domain/MAPPA.md §4.3): scheduling initial and review meetings,
 * invitations to the area's agencies (inviting a duty-to-co-operate or voluntary agency shares the case with it,
 * for the shared parts only), "dial-in" participants from other areas, attendance, and the review cycle by the
 * area's policy interval. Scheduled and changed by the owning area's co-ordinator or chair
 * ({@link org.mappahub.access.Access#mayShare()}); read by Responsible Authority staff who see the full history.
 * The actions agreed at meetings ({@link org.mappahub.meeting.MeetingActions}): owned by an agency (a DTC or voluntary
 * agency given one is brought into the case and sees its own actions only) and tracked to completion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MAPP meetings")
package org.mappahub.meeting;
