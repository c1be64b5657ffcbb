/**
 * The Strategic Management Board's performance dashboard (issue 6, item 2; MAPPA.md §10): for an area, and a BCU
 * where the record has one, each measure for a quarter of the reporting year and the year to date, computed from the
 * records themselves, and the list of cases behind each figure for the area's co-ordinators and chairs. A module of
 * its own rather than part of {@code statistics}: the annual statistics follow the published specification of counts
 * over spans, while these measures judge the process (meetings, minutes, actions, referrals, custody) against the
 * area's policy, and read the meeting, minutes and referral tables the statistics never touch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Board performance dashboard")
package org.mappahub.performance;
