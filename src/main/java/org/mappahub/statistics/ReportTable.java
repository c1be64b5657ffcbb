package org.mappahub.statistics;

import java.util.List;

/**
 * One numbered table of the printed report: its title, an optional note under it, and one or more blocks (table 7
 * has "Breach of licence" and "Breach of SHPO"), each with its column headings and rows. {@code chart} says whether a
 * chart accompanies it (tables 1, 2 and 7).
 */
public record ReportTable(int number, String title, String note, List<Block> blocks, boolean chart) {

    /** A block of rows under the same column headings; {@code heading} null for a table of one block. */
    public record Block(String heading, List<String> columns, List<Row> rows) {
    }

    /** A row: its label, one cell per column, and whether the page added it (a total). */
    public record Row(String label, List<ReportCell> cells, boolean total) {
    }

    /** The id of the table on the page and of its chart. */
    public String id() {
        return "table-" + number;
    }
}
