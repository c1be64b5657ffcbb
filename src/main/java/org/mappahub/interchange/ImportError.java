package org.mappahub.interchange;

/**
 * One invalid line of an MCIF/1 file: its line number (1-based, counting blank lines), the field path
 * ({@code levels[1].to}; empty when the line as a whole is wrong) and a plain-English reason.
 */
public record ImportError(long line, String field, String reason) {

    @Override
    public String toString() {
        return "line " + line + (field == null || field.isEmpty() ? "" : ", " + field) + ": " + reason;
    }
}
