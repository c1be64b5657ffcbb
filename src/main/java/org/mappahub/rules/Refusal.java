package org.mappahub.rules;

import java.util.Objects;

/**
 * A rule refusing an input: the rule's own words with its legal source, and what was given. Its
 * {@link #message()} names the rule, so it can be shown as it is to a practitioner or an importer.
 *
 * @param rule    the rule with its source, for example "An SRO lasts at least 2 years (SOA 2003 ...)"
 * @param message the whole sentence: the rule and what was given
 */
public record Refusal(String rule, String message) {

    public Refusal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    static Refusal of(String rule, String given) {
        return new Refusal(rule, rule + ": " + given);
    }

    @Override
    public String toString() {
        return message;
    }
}
