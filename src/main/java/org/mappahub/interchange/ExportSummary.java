package org.mappahub.interchange;

/** What an export wrote: the number of area records and of nominal records (lines = areas + nominals). */
public record ExportSummary(int areas, long nominals) {
}
