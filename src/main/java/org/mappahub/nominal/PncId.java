package org.mappahub.nominal;

import java.util.regex.Pattern;

/**
 * Police National Computer identifier, {@code YYYY/NNNNNNNC}: a four-digit year, seven digits and a check
 * letter. The check letter is {@code ZABCDEFGHJKLMNPQRTUVWXY[n % 23]} where n is the two-digit year
 * followed by the seven digits, read as a nine-digit number (MCIF/1, person.pncId).
 */
public final class PncId {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{7})([A-Z])");
    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

    private PncId() {
    }

    /** Why the value is not a valid PNC ID, or {@code null} when it is. */
    public static String problem(String value) {
        var m = FORMAT.matcher(value);
        if (!m.matches()) {
            return "not a PNC ID of the form YYYY/NNNNNNNC (four-digit year, '/', seven digits, check letter), for example 1999/0123456X";
        }
        char expected = checkLetter(m.group(1), m.group(2));
        if (m.group(3).charAt(0) != expected) {
            return "the check letter is wrong: " + m.group(1) + "/" + m.group(2) + " has check letter " + expected
                    + ", not " + m.group(3);
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** The check letter for a four-digit year and seven-digit serial number. */
    public static char checkLetter(String year, String serial) {
        long n = Long.parseLong(year.substring(2) + serial);
        return CHECK_LETTERS.charAt((int) (n % 23));
    }
}
