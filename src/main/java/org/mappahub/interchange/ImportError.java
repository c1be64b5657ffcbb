package org.mappahub.interchange;

/**
 * One invalid line of an MCIF/1 file: its line number (1-based, counting blank lines), the field path
 * ({@code levels[1].to}; empty when the line as a whole is wrong) and a plain-English reason.
 */
public record ImportError(long line, String field, String reason) {

    /** Field paths and reasons may echo values from the file: cut them, so that errors stay small. */
    static final int MAX_FIELD_CHARS = 200;
    static final int MAX_REASON_CHARS = 500;

    public ImportError {
        field = cut(field, MAX_FIELD_CHARS);
        reason = cut(reason, MAX_REASON_CHARS);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    @Override
    public String toString() {
        return "line " + line + (field == null || field.isEmpty() ? "" : ", " + field) + ": " + reason;
    }
}
