package org.mappahub.intelligence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that cannot be recorded, field by field (field name to message); nothing was written. */
public class InvalidIntelligenceException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidIntelligenceException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
