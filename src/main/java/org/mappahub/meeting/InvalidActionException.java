package org.mappahub.meeting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An action that cannot be recorded or changed as given, field by field (field name to message); nothing was written. */
public class InvalidActionException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidActionException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidActionException of(String field, String message) {
        return new InvalidActionException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
