package org.mappahub.interchange;

import java.util.regex.Pattern;

/**
 * Police National Computer IDs, {@code YYYY/NNNNNNNC} (MCIF/1 {@code person.pncId}): the check letter
 * indexes {@code ZABCDEFGHJKLMNPQRTUVWXY} by the remainder, on division by 23, of the nine-digit number
 * made of the two-digit year followed by the seven digits.
 */
final class PncId {

    static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final Pattern FORM = Pattern.compile("[0-9]{4}/[0-9]{7}[A-Z]");

    private PncId() {
    }

    static boolean hasForm(String id) {
        return FORM.matcher(id).matches();
    }

    /** The check letter for a four-digit year and seven digits. */
    static char checkLetter(String year, String digits) {
        long n = Long.parseLong(year.substring(2) + digits);
        return CHECK_LETTERS.charAt((int) (n % 23));
    }

    /** Null when valid, else why not. */
    static String problem(String id) {
        if (!hasForm(id)) {
            return "not a PNC ID of the form YYYY/NNNNNNNC (four-digit year, '/', seven digits, check letter)";
        }
        char expected = checkLetter(id.substring(0, 4), id.substring(5, 12));
        if (id.charAt(12) != expected) {
            return "the check letter is wrong: " + id.substring(0, 12) + " has check letter " + expected
                    + ", not " + id.charAt(12);
        }
        return null;
    }
}
