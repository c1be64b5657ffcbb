package org.mappahub.nominal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the three parts of the GOV.UK date input for a date of birth, with the design system's error
 * messages for a part that is missing, not a number, or not a real date. All three parts empty is
 * "no date" (the record rules then ask for one).
 */
record DateOfBirthInput(LocalDate date, String problem, Set<String> badParts) {

    static final String DAY = "day";
    static final String MONTH = "month";
    static final String YEAR = "year";

    boolean isBad() {
        return problem != null;
    }

    static DateOfBirthInput read(String day, String month, String year) {
        String d = trim(day);
        String m = trim(month);
        String y = trim(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new DateOfBirthInput(null, null, Set.of());
        }
        List<String> missing = new ArrayList<>();
        if (d.isEmpty()) {
            missing.add(DAY);
        }
        if (m.isEmpty()) {
            missing.add(MONTH);
        }
        if (y.isEmpty()) {
            missing.add(YEAR);
        }
        if (!missing.isEmpty()) {
            String parts = missing.size() == 1 ? missing.get(0) : missing.get(0) + " and " + missing.get(1);
            return new DateOfBirthInput(null, "Date of birth must include a " + parts, new LinkedHashSet<>(missing));
        }
        Set<String> notNumbers = new LinkedHashSet<>();
        if (!d.matches("\\d{1,2}")) {
            notNumbers.add(DAY);
        }
        if (!m.matches("\\d{1,2}")) {
            notNumbers.add(MONTH);
        }
        if (!y.matches("\\d+")) {
            notNumbers.add(YEAR);
        }
        if (!notNumbers.isEmpty()) {
            return new DateOfBirthInput(null, "Date of birth must be a real date", notNumbers);
        }
        if (y.length() != 4) {
            return new DateOfBirthInput(null, "Year must include 4 numbers", Set.of(YEAR));
        }
        try {
            return new DateOfBirthInput(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)),
                    null, Set.of());
        } catch (DateTimeException e) {
            int month2 = Integer.parseInt(m);
            Set<String> bad = month2 < 1 || month2 > 12 ? Set.of(MONTH) : Set.of(DAY);
            return new DateOfBirthInput(null, "Date of birth must be a real date", bad);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
