package org.mappahub.nominal;

import java.sql.Timestamp;
import java.util.List;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, for bulk inserts: tab-separated
 * columns, {@code \N} for null, backslash escapes; {@code text[]} values as array literals.
 */
final class CopyText {

    private CopyText() {
    }

    /**
     * The statements that bulk-insert rows for {@code insert into t (a, b) values (?, ?)}. PostgreSQL refuses
     * {@code COPY} into a table under row-level security, so the rows are copied into a temporary staging
     * table of the same shape (no row-level security: it holds only this session's rows) and moved on with
     * one {@code insert ... select}, to which the policies apply. In order: create the staging table (once
     * per connection), copy into it, move the rows, empty it.
     */
    static List<String> copyStatements(String insert) {
        String s = insert.strip();
        int values = s.indexOf(") values");
        int open = s.indexOf(" (");
        if (!s.startsWith("insert into ") || values < 0 || open < 0) {
            throw new IllegalArgumentException("not an insert with a column list: " + insert);
        }
        String table = s.substring("insert into ".length(), open);
        String columns = s.substring(open + 1, values + 1);
        String stage = "stage_" + table;
        return List.of(
                "create temp table if not exists " + stage + " (like " + table + " including defaults) on commit delete rows",
                "copy " + stage + " " + columns + " from stdin",
                "insert into " + table + " " + columns + " select " + columns.substring(1, columns.length() - 1) + " from " + stage,
                "truncate " + stage);
    }

    static String rows(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                value(out, row[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
        } else if (v instanceof String s) {
            escaped(out, s);
        } else if (v instanceof String[] array) {
            StringBuilder literal = new StringBuilder().append('{');
            for (int i = 0; i < array.length; i++) {
                if (i > 0) {
                    literal.append(',');
                }
                literal.append('"');
                String e = array[i];
                for (int j = 0; j < e.length(); j++) {
                    char c = e.charAt(j);
                    if (c == '"' || c == '\\') {
                        literal.append('\\');
                    }
                    literal.append(c);
                }
                literal.append('"');
            }
            escaped(out, literal.append('}').toString());
        } else if (v instanceof Timestamp t) {
            out.append(t.toInstant()); // ISO 8601 in UTC, e.g. 2026-11-23T19:22:21.144Z
        } else if (v instanceof java.sql.Date || v instanceof Number || v instanceof Boolean) {
            out.append(v); // yyyy-mm-dd; digits; true/false
        } else {
            throw new IllegalArgumentException("no COPY text form for " + v.getClass().getName());
        }
    }

    private static void escaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
