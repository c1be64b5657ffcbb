package org.mappahub.notification;

import java.util.Map;

/** Input that cannot be recorded, field by field (field name to message); nothing was written. */
public class InvalidNotificationException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidNotificationException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
