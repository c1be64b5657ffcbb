package org.mappahub.cli;

import org.mappahub.database.DatabaseUnavailableException;

/** Turns a start-up failure into the one message an operator needs (the deepest one that explains). */
final class Failures {

    private Failures() {
    }

    static String explain(Throwable e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t != null) {
            if (t instanceof DatabaseUnavailableException) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                best = t.getMessage();
            }
            t = t.getCause();
        }
        return best;
    }
}
