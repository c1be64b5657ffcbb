package org.mappahub.custody;

import java.util.Map;

/** Input that cannot be recorded, field by field (field name to message); nothing was written. */
public class InvalidCustodyException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidCustodyException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
