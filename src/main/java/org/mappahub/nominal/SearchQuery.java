package org.mappahub.nominal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an officer typed into the one search box, taken apart: the name words, a date of birth (or just a
 * year), a PNC ID and a record ref, in any order. {@code "SMITH, John 31/01/1970"} gives the name
 * {@code SMITH John} with {@code SMITH} marked as the family name (the words before a comma), and the date
 * of birth 1970-01-31. Words that look like a date but are not one (31/02/1970) are kept in
 * {@link #ignored()} so the page can say so.
 *
 * @param text        the text as typed
 * @param name        the name words, in the order typed (empty when none)
 * @param familyName  the words before a comma, taken to be the family name (empty when no comma)
 * @param dateOfBirth a full date of birth, or null
 * @param yearOfBirth a year of birth, or null (also set when a full date is given)
 * @param pncId       a PNC ID in the full ({@code 1999/0123456X}) or short ({@code 99/123456X}) form, or null
 * @param ref         a record ref such as {@code LAN-000123}, or null
 * @param ignored     words that looked like a date or PNC ID but were not valid
 */
public record SearchQuery(String text, String name, String familyName, LocalDate dateOfBirth, Integer yearOfBirth,
                          String pncId, String ref, List<String> ignored) {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d{2}");
    private static final Pattern PNC = Pattern.compile("(\\d{2}|\\d{4})/\\d{1,7}[A-Za-z]");
    private static final Pattern REF = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-\\d+");
    private static final Pattern LOOKS_NUMERIC = Pattern.compile(".*\\d.*");

    public SearchQuery {
        text = text == null ? "" : text;
        name = name == null ? "" : name;
        familyName = familyName == null ? "" : familyName;
        ignored = List.copyOf(ignored == null ? List.of() : ignored);
        if (dateOfBirth != null) {
            yearOfBirth = dateOfBirth.getYear();
        }
    }

    /** Takes apart the text of the search box. */
    /** The longest search text read; the API refuses longer, the page reads this much. */
    public static final int MAX_LENGTH = 200;

    public static SearchQuery parse(String text) {
        String whole = text == null ? "" : text.strip();
        // Nobody types more than this into a search box; a longer text is cut, and the rest ignored, so that
        // a hostile query cannot make the spelling expansion (per word) explode.
        String typed = whole.length() > MAX_LENGTH ? whole.substring(0, MAX_LENGTH) : whole;
        int comma = typed.indexOf(',');
        List<String> name = new ArrayList<>();
        List<String> family = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        LocalDate dob = null;
        Integer year = null;
        String pnc = null;
        String ref = null;
        int position = 0;
        for (String raw : typed.split("\\s+")) {
            int at = typed.indexOf(raw, position);
            position = at + raw.length();
            String word = raw.replaceAll("^[,;.]+|[,;.]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            Matcher m;
            if (PNC.matcher(word).matches()) {
                pnc = word.toUpperCase();
            } else if ((m = ISO_DATE.matcher(word)).matches()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d == null) ignored.add(word); else dob = d;
            } else if ((m = UK_DATE.matcher(word)).matches()) {
                LocalDate d = date(m.group(3), m.group(2), m.group(1));
                if (d == null) ignored.add(word); else dob = d;
            } else if (YEAR.matcher(word).matches()) {
                year = Integer.valueOf(word);
            } else if (REF.matcher(word).matches()) {
                ref = word.toUpperCase();
            } else if (LOOKS_NUMERIC.matcher(word).matches()) {
                ignored.add(word);
            } else {
                name.add(word);
                if (comma >= 0 && at < comma) {
                    family.add(word);
                }
            }
        }
        if (typed.length() < whole.length()) {
            ignored.add(whole.substring(MAX_LENGTH));
        }
        return new SearchQuery(typed, String.join(" ", name), String.join(" ", family), dob, year, pnc, ref, ignored);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public boolean hasName() {
        return !name.isBlank();
    }

    /** Nothing to search by. */
    public boolean isEmpty() {
        return !hasName() && yearOfBirth == null && pncId == null && ref == null;
    }
}
