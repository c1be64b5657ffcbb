package org.mappahub.demo;

/**
 * A small, fast writer of one JSON object per line into a {@link StringBuilder}: commas are placed
 * automatically, strings are escaped as RFC 8259 requires, dates (epoch days) are written as ISO
 * {@code YYYY-MM-DD} without creating objects.
 */
final class JsonLine {

    /** An absent date: written as {@code null}. */
    static final int NO_DATE = Integer.MIN_VALUE;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final boolean[] needsComma = new boolean[32];
    private int depth;
    private boolean afterName;

    JsonLine(StringBuilder out) {
        this.out = out;
    }

    JsonLine beginObject() {
        beforeValue();
        out.append('{');
        needsComma[++depth] = false;
        return this;
    }

    JsonLine endObject() {
        depth--;
        out.append('}');
        return this;
    }

    JsonLine beginArray() {
        beforeValue();
        out.append('[');
        needsComma[++depth] = false;
        return this;
    }

    JsonLine endArray() {
        depth--;
        out.append(']');
        return this;
    }

    /** Ends the line: the object must be complete. */
    void newline() {
        if (depth != 0) {
            throw new IllegalStateException("unbalanced JSON, depth " + depth);
        }
        out.append('\n');
        needsComma[0] = false;
    }

    JsonLine name(String name) {
        if (needsComma[depth]) {
            out.append(',');
        }
        needsComma[depth] = true;
        quoted(name);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonLine string(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            quoted(value);
        }
        return this;
    }

    JsonLine number(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonLine bool(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonLine nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** An epoch day as {@code "YYYY-MM-DD"}, or {@code null} for {@link #NO_DATE}. */
    JsonLine date(int epochDay) {
        beforeValue();
        if (epochDay == NO_DATE) {
            out.append("null");
            return this;
        }
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm), proleptic Gregorian.
        long z = epochDay + 719468L;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097L;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        out.append('"');
        if (year < 1000) {
            out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        out.append(year).append('-');
        if (month < 10) {
            out.append('0');
        }
        out.append(month).append('-');
        if (day < 10) {
            out.append('0');
        }
        out.append(day).append('"');
        return this;
    }

    JsonLine field(String name, String value) {
        return name(name).string(value);
    }

    JsonLine field(String name, long value) {
        return name(name).number(value);
    }

    JsonLine dateField(String name, int epochDay) {
        return name(name).date(epochDay);
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (needsComma[depth]) {
            out.append(',');
        }
        needsComma[depth] = true;
    }

    private void quoted(String s) {
        out.append('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, start, n);
        out.append('"');
    }
}
