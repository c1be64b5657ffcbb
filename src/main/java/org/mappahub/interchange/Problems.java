package org.mappahub.interchange;

import java.util.ArrayList;
import java.util.List;

/** The errors found on one line of a file. */
final class Problems {

    private final long line;
    private final List<ImportError> errors = new ArrayList<>();

    Problems(long line) {
        this.line = line;
    }

    void add(String field, String reason) {
        errors.add(new ImportError(line, field, reason));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<ImportError> list() {
        return errors;
    }

    long line() {
        return line;
    }
}
