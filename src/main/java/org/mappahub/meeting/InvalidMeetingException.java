package org.mappahub.meeting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that cannot be recorded, field by field (field name to message); nothing was written. */
public class InvalidMeetingException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidMeetingException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidMeetingException of(String field, String message) {
        return new InvalidMeetingException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
