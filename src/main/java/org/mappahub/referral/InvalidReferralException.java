package org.mappahub.referral;

import java.util.Map;

/** Input that cannot be recorded, field by field (field name to message, naming the rule); nothing was written. */
public class InvalidReferralException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidReferralException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
