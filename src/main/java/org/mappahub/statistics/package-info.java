/**
 * The annual MAPPA statistics exactly as {@code shared/spec/statistics.md} defines them, computed from the spans and events
 * of the records (entered in the application or imported as MCIF/1), for an area or for England and Wales; their
 * command, page, CSV, PDF and charts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual statistics")
package org.mappahub.statistics;
